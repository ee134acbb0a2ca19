//! The compared view: "<A> vs <B>" heading, summary prose, the visitor's CSV and link, the
//! "Pay for" place picker, then a table per section with its gauges.

use super::comparison_table::ComparisonTable;
use super::error_panel::error_panel;
use super::picker::{Choices, Picker};
use super::share_actions::share_actions;
use super::source_list::attribution;
use crate::share_link::Selection;
use crate::shared::Shared;
use crate::state::{Load, PlaceChoice};
use career_comparison::comparison::Place;
use career_comparison::{compare, summary, Comparison, PlaceSearch, SectionId, Side};
use career_schema::{AreaIndex, DatasetIndex, Profession};
use std::cell::RefCell;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub index: Shared<DatasetIndex>,
    pub a: Shared<Profession>,
    pub b: Shared<Profession>,
    pub place: PlaceChoice,
    /// The area list, once loaded (the place picker searches it).
    pub areas: Option<Shared<AreaIndex>>,
    pub on_place: Callback<Option<String>>,
    /// Retry after an area file failed.
    pub on_retry: Callback<()>,
    /// Puts a related profession into the comparison in place of one side.
    pub on_pick: Callback<(Side, String)>,
    /// Set when the pair shown next comes from a related occupation's Compare button; kept by
    /// the root, as this view is replaced by the skeleton while the new file loads.
    pub focus_heading: Shared<RefCell<bool>>,
    /// With URL sync, the selection shown, for "Copy link" (the page URL restores it).
    pub share: Option<Selection>,
}

#[function_component(ComparedView)]
pub fn compared_view(props: &Props) -> Html {
    let deps = (
        props.index.clone(),
        props.a.clone(),
        props.b.clone(),
        props.place.clone(),
    );
    // one memo for both (a hook each cost its own code in the wasm)
    let memo = use_memo(deps, |(ix, a, b, choice)| {
        let place = place_of(ix, choice);
        (
            Shared::new(compare(ix, a, b, place)),
            summary(ix, a, b, place),
        )
    });
    let (c, prose) = (memo.0.clone(), &memo.1);
    let places = use_memo((props.index.clone(), props.areas.clone()), |(ix, areas)| {
        Shared::new(PlaceSearch::new(ix, areas.as_deref()))
    });
    let total = c.sections.len();
    let shown = use_tables_one_a_task(total);

    let (heading_ref, on_pick) = use_related_focus(props, &c);
    let complete = shown == total;
    let heading_id = format!("{}-heading", props.id);
    let period = [&props.a, &props.b]
        .iter()
        .find_map(|p| p.jobs.as_ref()?.projection_period.clone())
        .map(AttrValue::from);

    html! {
        <section class="cc-compared" aria-labelledby={heading_id.clone()}
            aria-busy={if complete { "false" } else { "true" }}>
            <h2 id={heading_id} class="cc-heading" part="heading" tabindex="-1" ref={heading_ref}>
                <bdi>{ &c.titles[0] }</bdi>{ " vs " }<bdi>{ &c.titles[1] }</bdi>
            </h2>
            <div class="cc-summary" part="summary">
                { for prose.iter().map(|p| html! { <p>{ p }</p> }) }
            </div>
            { share_actions(&props.index, &c, props.share.as_ref()) }
            <Picker id={format!("{}-place", props.id)} label="Pay for"
                choices={Choices::Places((*places).clone())} selected_code={place_code(&props.place)}
                selected_title={Some(place_label(&props.place, &c))} on_pick={props.on_place.clone()}
                note={c.place_note.clone().map(AttrValue::from)} />
            // A fragment of their own: Yew matches an unkeyed list's children from its end, so
            // tables appended to the list holding the heading, summary and place picker paired
            // every old node with a different new one and rebuilt the whole comparison.
            <>
                { for c.sections.iter().take(shown).enumerate().map(|(i, s)| html! {
                    <ComparisonTable key={s.id.slug()} id={props.id.clone()}
                        index={props.index.clone()} comparison={c.clone()} section={i}
                        status={if s.id == SectionId::Pay { area_status(&props.place, &props.on_retry) } else { Html::default() }}
                        period={period.clone()} on_pick={on_pick.clone()}
                        on_place={props.on_place.clone()} />
                }) }
            </>
            { attribution(&props.index, c.sections.iter().take(shown).any(|s| s.uses_onet)) }
        </section>
    }
}

/// The place to compare for: an area's own figures once its file is in (until then, or if
/// it failed, its state's and national figures, footnoted).
fn place_of<'a>(ix: &'a DatasetIndex, choice: &'a PlaceChoice) -> Place<'a> {
    match choice {
        PlaceChoice::National => Place::National,
        PlaceChoice::State(code) => Place::state(ix, code),
        PlaceChoice::Area { area, file, .. } => {
            let file = match file {
                Some(Load::Ready(f)) => Some(&**f),
                _ => None,
            };
            // (`area` is the file's own description once the file is in: `AppState::area`)
            match area {
                Some(area) => Place::area(ix, area, file),
                None => Place::National,
            }
        }
    }
}

fn place_code(choice: &PlaceChoice) -> Option<AttrValue> {
    match choice {
        PlaceChoice::National => None,
        PlaceChoice::State(code) | PlaceChoice::Area { code, .. } => Some(code.clone().into()),
    }
}

/// What the place picker shows: the place's name, or an area's code until its name is known.
fn place_label(choice: &PlaceChoice, c: &Comparison) -> AttrValue {
    match (&c.place, choice) {
        (Some(name), _) => name.clone().into(),
        (None, PlaceChoice::Area { code, .. }) => format!("Area {code}").into(),
        (None, _) => "National".into(),
    }
}

/// Above the pay table while an area's file loads, or why it failed, with Retry.
fn area_status(choice: &PlaceChoice, on_retry: &Callback<()>) -> Html {
    let PlaceChoice::Area { code, area, file } = choice else {
        return Html::default();
    };
    let name = area
        .as_ref()
        .map_or_else(|| format!("area {code}"), |a| a.name.clone());
    match file {
        Some(Load::Failed(e)) => error_panel(
            "Local pay could not be loaded",
            format!("Pay for {name}: {e}"),
            on_retry,
        ),
        Some(Load::Loading) | None => html! {
            <p class="cc-place-status" role="status">{ format!("Loading pay for {name}…") }</p>
        },
        Some(Load::Ready(_)) => Html::default(),
    }
}

/// How many of the comparison's `total` tables to show. The first render of a comparison
/// holds its first table only (what the first screen shows) and the others follow one a task,
/// so the first frame lays out one table rather than all of them and no task renders or lays
/// out more than one (Lighthouse's total blocking time counts the long ones; the figures are in
/// docs/performance.md). Each waits until the frame before it has been rendered, so none
/// delays the frame that shows the one before. Later renders (swap, place) keep every table.
#[hook]
fn use_tables_one_a_task(total: usize) -> usize {
    let shown_state = use_state_eq(|| 1usize);
    {
        let shown_state = shown_state.clone();
        use_effect_with((*shown_state, total), move |&(count, total)| {
            if count < total {
                wasm_bindgen_futures::spawn_local(async move {
                    crate::schedule::after_paint().await;
                    shown_state.set(count + 1);
                });
            }
        });
    }
    (*shown_state).min(total)
}

/// A related occupation's Compare button goes away with the pair it belonged to: the new
/// pair's heading takes the focus, so keyboard and screen reader users land on what changed.
/// Returns the heading's ref and the Compare buttons' callback. Also counts, in a console
/// warning, the related codes the dataset does not have.
#[hook]
fn use_related_focus(props: &Props, c: &Comparison) -> (NodeRef, Callback<(Side, String)>) {
    let heading_ref = use_node_ref();
    let focus_heading = props.focus_heading.clone();
    // one callback for the pair's lifetime, so the section tables' props stay equal
    let on_pick = use_callback(
        (props.on_pick.clone(), focus_heading.clone()),
        |pick, (on_pick, focus_heading)| {
            *focus_heading.0.borrow_mut() = true;
            on_pick.emit(pick)
        },
    );
    {
        let heading_ref = heading_ref.clone();
        let dropped = c.related_dropped;
        use_effect_with(c.codes.clone(), move |codes| {
            if std::mem::take(&mut *focus_heading.0.borrow_mut()) {
                if let Some(h) = heading_ref.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
            for (code, n) in codes.iter().zip(dropped) {
                if n > 0 {
                    web_sys::console::warn_1(
                        &format!("career-compare: {n} related occupation(s) of {code} are not in this dataset and are left out").into(),
                    );
                }
            }
        });
    }
    (heading_ref, on_pick)
}
