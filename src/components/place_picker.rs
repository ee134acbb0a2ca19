//! The "Pay for" select: national pay, or one state's.

use career_schema::DatasetIndex;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// What the select shows. A plain view function, not a component: it has no state of its own
/// (a component cost its lifecycle code in the wasm).
pub struct Props<'a> {
    pub id: AttrValue,
    pub index: &'a DatasetIndex,
    /// USPS code, or `None` for national.
    pub place: Option<&'a str>,
    pub on_change: &'a Callback<Option<String>>,
    /// Said under the select when a profession falls back to national pay.
    pub note: Option<AttrValue>,
}

pub fn place_picker(props: &Props<'_>) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_change.emit((!v.is_empty()).then_some(v));
        })
    };
    let current = props.place.unwrap_or("");
    let note_id = format!("{}-note", props.id);
    html! {
        <div class="cc-place" part="place-picker">
            <label for={props.id.clone()} class="cc-label">{ "Pay for" }</label>
            // The `selected` attributes only set the initial choice; the `value` property keeps
            // the live choice in step too (back/forward, swap of the URL).
            <select id={props.id.clone()} class="cc-select" {onchange} ~value={current}
                aria-describedby={props.note.as_ref().map(|_| note_id.clone())}>
                <option value="" selected={current.is_empty()}>{ "National" }</option>
                { for props.index.states.iter().map(|s| html! {
                    <option key={s.code.clone()} value={s.code.clone()} selected={current == s.code}>
                        { &s.name }
                    </option>
                }) }
            </select>
            if let Some(note) = &props.note {
                <p id={note_id} class="cc-place-note">{ note.clone() }</p>
            }
        </div>
    }
}
