//! The sources of a table with their vintages, and O*NET's attribution, once per comparison,
//! where O*NET is used.

use career_comparison::comparison::source;
use career_schema::safe_link_url;
use career_schema::DatasetIndex;
use yew::prelude::*;

/// The list for one table's source `ids`. A plain view function, not a component: it has no
/// state and is part of its table's render.
pub fn source_list(index: &DatasetIndex, ids: &[String]) -> Html {
    let items = ids.iter().map(|id| match source(index, id) {
        Some(s) => html! {
            <li key={id.clone()}>
                <bdi>{ &s.agency }</bdi>{ ", " }
                // only http(s) URLs become links; anything else shows as plain text
                if let Some(url) = safe_link_url(&s.url) {
                    <a href={url.to_string()} rel="noopener"><bdi>{ &s.title }</bdi></a>
                } else {
                    <bdi>{ &s.title }</bdi>
                }
                { " (" }<bdi>{ &s.vintage }</bdi>{ ")" }
                if let Some(note) = &s.note {
                    { ". " }<bdi>{ note }</bdi>
                }
            </li>
        },
        None => html! { <li key={id.clone()}>{ id }</li> },
    });
    html! {
        <div class="cc-sources">
            <p class="cc-sources-heading">{ if ids.len() == 1 { "Source" } else { "Sources" } }</p>
            <ul class="cc-source-list">{ for items }</ul>
        </div>
    }
}

/// The dataset's attribution (O*NET's terms), once under the tables when any table shown
/// draws on O*NET, rather than under each of them.
pub fn attribution(index: &DatasetIndex, uses_onet: bool) -> Html {
    if !uses_onet || index.attribution.is_empty() {
        return Html::default();
    }
    html! {
        <div class="cc-sources cc-attribution-block">
            { for index.attribution.iter().map(|a| html! {
                <p class="cc-attribution">{ a }</p>
            }) }
        </div>
    }
}
