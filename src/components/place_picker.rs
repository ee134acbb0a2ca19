//! "Pay for": an editable combobox over national pay, the states and territories, and (once
//! `areas.json` is in, which the box's focus asks for) every OEWS area, with the same
//! WAI-ARIA pattern and keys as the profession pickers ([`super::combobox`]). Typing a
//! principal city finds its area; a state's name or code finds the state, then its areas.

use super::combobox::{Combo, Outcome};
use super::combobox_view::*;
use super::markup::element_with;
use crate::shared::Shared;
use career_comparison::{PlaceHit, PlaceKind, PlaceSearch};
use career_schema::{AreaIndex, DatasetIndex};
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// Options listed for a typed text.
const LIMIT: usize = 12;
/// Options listed for an empty box: national and every state and territory.
const FIRST: usize = 60;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub index: Shared<DatasetIndex>,
    /// The areas, once loaded.
    pub areas: Option<Shared<AreaIndex>>,
    /// The chosen place's code (USPS or OEWS area), `None` for national.
    pub code: Option<AttrValue>,
    /// Its name as the box shows it.
    pub name: AttrValue,
    pub on_change: Callback<Option<String>>,
    /// Said under the box (a figure from a larger place, the area's file loading or failed).
    pub note: Option<AttrValue>,
}

#[function_component(PlacePicker)]
pub fn place_picker(props: &Props) -> Html {
    let combo = use_mut_ref(Combo::<PlaceHit>::default);
    let redraw = use_force_update();
    let input_ref = use_node_ref();
    let places = use_memo((props.index.clone(), props.areas.clone()), |(ix, areas)| {
        PlaceSearch::new(ix, areas.as_deref())
    });
    let listbox_id = format!("{}-listbox", props.id);
    let option_prefix = format!("{}-option-", props.id);
    follow_choice(&mut combo.borrow_mut(), props);
    let active_now = combo.borrow().active;
    use_active_in_view(active_now, option_prefix.clone(), input_ref.clone());

    let source: Source<PlaceHit> = Rc::new(move |q: &str| match q.trim() {
        "" => places.first(FIRST),
        q => places.search(q, LIMIT),
    });
    // the area list arrived while the person is typing: search again
    use_search_again(
        props.areas.is_some(),
        source.clone(),
        Some(props.name.clone()),
        combo.clone(),
        redraw.clone(),
        input_ref.clone(),
    );
    let apply = {
        let (on_change, redraw) = (props.on_change.clone(), redraw.clone());
        move |outcome: Outcome<PlaceHit>| {
            redraw.force_update();
            match outcome {
                Outcome::Pick(hit) => on_change.emit(hit.code),
                Outcome::Clear => on_change.emit(None),
                Outcome::Nothing => {}
            }
        }
    };
    let oninput = input_handler(combo.clone(), redraw.clone(), source.clone());
    let onkeydown = keydown_handler(combo.clone(), source, props.code.is_some(), apply.clone());
    let onblur = blur_handler(combo.clone(), redraw, Some(props.name.clone()));
    let c = combo.borrow();
    let (open, active, hits) = (c.open, c.active, c.hits.clone());
    drop(c);
    let is_open = open && !hits.is_empty();
    let active_id = is_open
        .then(|| active.map(|i| option_id(&option_prefix, i)))
        .flatten();
    let options = hits
        .iter()
        .enumerate()
        .map(|(i, hit)| option_view(&option_prefix, i, hit, active == Some(i)));
    let onclick = click_handler(combo.clone(), option_prefix.clone(), apply);
    let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
    let note_id = format!("{}-note", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described = match &props.note {
        Some(_) => format!("{hint_id} {note_id}"),
        None => hint_id.clone(),
    };
    let count = match (is_open, hits.len()) {
        (false, _) | (_, 0) => String::new(),
        (true, 1) => "1 place found".to_string(),
        (true, n) => format!("{n} places found"),
    };
    let query = combo.borrow().query.clone();
    html! {
        <div class="cc-place">
            <label for={props.id.clone()} class="cc-label">{ "Pay for" }</label>
            <div class="cc-combobox">
                <input ref={input_ref} id={props.id.clone()} class="cc-input cc-place-input"
                    type="text" role="combobox" aria-autocomplete="list"
                    aria-expanded={if is_open { "true" } else { "false" }}
                    aria-controls={listbox_id.clone()} aria-activedescendant={active_id}
                    aria-describedby={described} autocomplete="off" spellcheck="false"
                    placeholder="National, a state or a city" value={query}
                    {oninput} {onkeydown} {onblur} />
                <ul id={listbox_id} role="listbox" aria-label="Pay for" class="cc-listbox"
                    hidden={!is_open} {onclick} {onmousedown}>
                    { for options }
                </ul>
            </div>
            <p id={hint_id} class="cc-hint">{ "A state, or a city for its metropolitan area; arrow keys choose." }</p>
            if let Some(note) = &props.note {
                <p id={note_id} class="cc-place-note">{ note.clone() }</p>
            }
            <div class="cc-visually-hidden" aria-live="polite">{ count }</div>
        </div>
    }
}

/// Puts the chosen place's name in the box when the choice changed since the last render.
fn follow_choice(c: &mut Combo<PlaceHit>, props: &Props) {
    let chosen = (props.code.clone(), Some(props.name.clone()));
    if c.chosen != chosen {
        c.query = props.name.to_string();
        c.close();
        c.chosen = chosen;
    }
}

fn option_view(option_prefix: &str, i: usize, hit: &PlaceHit, active: bool) -> Html {
    let (selected, class) = if active {
        ("true", "cc-option cc-option-active")
    } else {
        ("false", "cc-option")
    };
    let kind = match hit.kind {
        PlaceKind::National => "",
        PlaceKind::State => "State",
        PlaceKind::Metropolitan => "Metro area",
        PlaceKind::Nonmetropolitan => "Nonmetro area",
    };
    let key = hit.code.clone().unwrap_or_default();
    element_with(
        "li",
        Some(Key::from(key)),
        &["id", "role", "aria-selected", "class"],
        vec![
            Some(option_id(option_prefix, i).into()),
            Some(AttrValue::Static("option")),
            Some(AttrValue::Static(selected)),
            Some(AttrValue::Static(class)),
        ],
        html! {
            <>
                <span class="cc-option-title">{ &hit.name }</span>
                if !kind.is_empty() {
                    <span class="cc-option-code">{ kind }</span>
                }
            </>
        },
    )
}
