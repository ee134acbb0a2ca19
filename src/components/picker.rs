//! The pickers: an editable combobox following the WAI-ARIA APG pattern "combobox with
//! listbox popup, list autocomplete": typing filters the list, Down/Up move through the
//! options, Alt+Down opens the list, Enter (or Tab) accepts the active option, Escape closes
//! the list and a second Escape clears the box, Home/End move the caret.
//!
//! One component for both kinds ([`Choices`]), so they share one copy of its code in the wasm:
//! - a profession picker: an option found by another of its names shows that name too, and
//!   the O*NET detailed occupation it belongs to; one that matched some of the words says
//!   which; words no title has show a message with a hint instead of an empty list;
//! - the place picker ("Pay for"): national, the states and territories and, once
//!   `areas.json` is in (its focus asks for it), every OEWS area; a principal city finds its
//!   area, a state's name or code the state and then its areas.

use super::combobox::{hits_for, Combo, ComboOption, Outcome};
use super::combobox_view::*;
use super::markup::element_with;
use crate::shared::Shared;
use career_comparison::{Hit, MatchKind, PlaceHit, PlaceKind, PlaceSearch, TitleSearch};
use std::rc::Rc;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// Shown (and announced) when no title has any of the typed words.
const NO_MATCH: &str = "No job title has these words. Try one word of the title, such as “nurse” \
                        or “accountant”, or check the spelling.";

/// Places listed for a typed text (a state's name lists its areas too).
const PLACES: usize = 40;
/// Places listed for an empty box: national and every state and territory.
const FIRST_PLACES: usize = 60;

/// What a picker chooses from.
#[derive(Clone, PartialEq)]
pub enum Choices {
    /// Professions, by any of their titles: the search, once it is built.
    Titles(Option<Shared<TitleSearch>>),
    /// Places pay can be shown for.
    Places(Shared<PlaceSearch>),
}

/// One option of a picker.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    Title(Hit),
    Place(PlaceHit),
}

impl ComboOption for Choice {
    fn text(&self) -> &str {
        match self {
            Choice::Title(h) => h.text(),
            Choice::Place(h) => h.text(),
        }
    }
    fn exact(&self) -> bool {
        match self {
            Choice::Title(h) => h.exact(),
            Choice::Place(h) => h.exact(),
        }
    }
}

impl Choices {
    /// The options for a typed text.
    fn options(&self, q: &str) -> Vec<Choice> {
        match self {
            Choices::Titles(search) => hits_for(search, q).into_iter().map(Choice::Title).collect(),
            Choices::Places(places) => {
                // an empty box lists national and the states, in order
                let limit = if q.trim().is_empty() {
                    FIRST_PLACES
                } else {
                    PLACES
                };
                places
                    .search(q, limit)
                    .into_iter()
                    .map(Choice::Place)
                    .collect()
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Unique id of the input; the listbox and options derive theirs from it.
    pub id: AttrValue,
    pub label: AttrValue,
    /// The chosen profession's or place's code (`None`: none, or national).
    pub selected_code: Option<AttrValue>,
    /// What the box shows for it.
    pub selected_title: Option<AttrValue>,
    pub choices: Choices,
    /// Called with the chosen code, or `None` when the box is cleared (or national chosen).
    pub on_pick: Callback<Option<String>>,
    /// Said under the box (the place picker: a figure from a larger place).
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

#[function_component(Picker)]
pub fn picker(props: &Props) -> Html {
    let combo = use_mut_ref(Combo::<Choice>::default);
    let redraw = use_force_update();
    let input_ref = use_node_ref();
    let places = matches!(props.choices, Choices::Places(_));

    let listbox_id = format!("{}-listbox", props.id);
    let option_prefix = format!("{}-option-", props.id);

    // Follow the choice (swap, suggested pair, back/forward, index loaded) in this render: an
    // effect would render the picker a second time for every change of the pair.
    follow_choice(&mut combo.borrow_mut(), props);

    let active_now = combo.borrow().active;
    use_active_in_view(active_now, option_prefix.clone(), input_ref.clone());

    let apply = outcome_handler(props.on_pick.clone(), redraw.clone());
    let choices = props.choices.clone();
    let source: Source<Choice> = Rc::new(move |q: &str| choices.options(q));
    // the index, the alternate titles or the areas arrived while the person is typing
    use_search_again(
        props.choices.clone(),
        source.clone(),
        props.selected_title.clone(),
        combo.clone(),
        redraw.clone(),
        input_ref.clone(),
    );
    let oninput = input_handler(combo.clone(), redraw.clone(), source.clone());
    let onkeydown = keydown_handler(
        combo.clone(),
        source,
        props.selected_code.is_some(),
        apply.clone(),
    );
    let onblur = blur_handler(combo.clone(), redraw, props.selected_title.clone());

    let c = combo.borrow();
    let (query, open, active, hits) = (c.query.clone(), c.open, c.active, c.hits.clone());
    drop(c);
    let is_open = open && !hits.is_empty();
    let active_id = if is_open {
        active.map(|i| option_id(&option_prefix, i))
    } else {
        None
    };
    let options = hits.iter().enumerate().map(|(i, hit)| {
        let (key, contents) = match hit {
            Choice::Title(h) => (h.code.clone(), title_option(h)),
            Choice::Place(h) => (h.code.clone().unwrap_or_default(), place_option(h)),
        };
        option_view(&option_prefix, i, key, active == Some(i), contents)
    });
    let onclick = click_handler(combo, option_prefix.clone(), apply);
    // keep focus in the input while clicking
    let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
    let hint_id = format!("{}-hint", props.id);
    let note_id = format!("{}-note", props.id);
    // typed words no title has (not the chosen profession's title shown in the box)
    let no_match = !query.trim().is_empty()
        && hits.is_empty()
        && matches!(props.choices, Choices::Titles(Some(_)))
        && props.selected_title.as_deref() != Some(query.as_str());
    let count_text = announcement(no_match, open, &hits);
    let (placeholder, hint) = if places {
        (
            "National, a state or a city",
            "A state, or a city for its metropolitan area; arrow keys choose.",
        )
    } else {
        (
            "Type a job title",
            "Search by any job title; use the arrow keys to choose.",
        )
    };
    let described = match &props.note {
        Some(_) => format!("{hint_id} {note_id}"),
        None => hint_id.clone(),
    };

    let contents = html! {
        <>
            <label for={props.id.clone()} class="cc-label">{ props.label.clone() }</label>
            <div class="cc-combobox">
                <input
                    ref={input_ref}
                    id={props.id.clone()}
                    class="cc-input"
                    type="text"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded={if is_open { "true" } else { "false" }}
                    aria-controls={listbox_id.clone()}
                    aria-activedescendant={active_id}
                    aria-describedby={described}
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck="false"
                    {placeholder}
                    value={query.clone()}
                    {oninput}
                    {onkeydown}
                    {onblur}
                />
                <ul id={listbox_id} role="listbox" aria-label={props.label.clone()}
                    class="cc-listbox" hidden={!is_open} {onclick} {onmousedown}>
                    { for options }
                </ul>
            </div>
            if no_match {
                <p class="cc-no-match">{ NO_MATCH }</p>
            }
            <p id={hint_id} class="cc-hint">{ hint }</p>
            if let Some(note) = &props.note {
                <p id={note_id} class="cc-place-note">{ note.clone() }</p>
            }
            <div class="cc-visually-hidden" aria-live="polite">{ count_text }</div>
        </>
    };
    // a literal class in each branch: a computed one goes through `Classes`, a hashed set
    if places {
        html! { <div class="cc-place" part="place-picker">{ contents }</div> }
    } else {
        html! { <div class="cc-picker" part="picker">{ contents }</div> }
    }
}

/// Puts the chosen option's text in the box when the choice changed since the last render.
fn follow_choice(c: &mut Combo<Choice>, props: &Props) {
    let chosen = (props.selected_code.clone(), props.selected_title.clone());
    if c.chosen != chosen {
        c.query = chosen.1.as_ref().map(|t| t.to_string()).unwrap_or_default();
        c.close();
        c.chosen = chosen;
    }
}

/// Renders again and tells the parent about a pick or a clear.
fn outcome_handler(
    on_pick: Callback<Option<String>>,
    redraw: UseForceUpdateHandle,
) -> impl Fn(Outcome<Choice>) + Clone + 'static {
    move |outcome: Outcome<Choice>| {
        redraw.force_update();
        match outcome {
            Outcome::Pick(Choice::Title(hit)) => on_pick.emit(Some(hit.code)),
            Outcome::Pick(Choice::Place(hit)) => on_pick.emit(hit.code),
            Outcome::Clear => on_pick.emit(None),
            Outcome::Nothing => {}
        }
    }
}

/// Option `i` of the listbox, keyed by what it chooses: an option that stays in the list
/// keeps its element, so a list that changes under the pointer (the alternate titles arrived)
/// does not put another profession into the element being clicked.
fn option_view(option_prefix: &str, i: usize, key: String, active: bool, contents: Html) -> Html {
    let (selected, class) = if active {
        ("true", "cc-option cc-option-active")
    } else {
        ("false", "cc-option")
    };
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
        contents,
    )
}

/// A profession's option: its title, the other name it was found by and the O*NET detailed
/// occupation, or the words it matched.
fn title_option(hit: &Hit) -> Html {
    html! {
        <>
            <span class="cc-option-title" title={hit.title.clone()}>{ &hit.title }</span>
            if let Some(m) = &hit.matched_title {
                <span class="cc-option-match">{ " — matched “" }<bdi title={m.clone()}>{ m }</bdi>{ "”" }</span>
            }
            if let Some(d) = &hit.detailed {
                <span class="cc-option-detail">{ " (O*NET: " }<bdi>{ d }</bdi>{ ")" }</span>
            }
            if !hit.matched_words.is_empty() {
                <span class="cc-option-words">{ " · words matched: " }<bdi>{ hit.matched_words.join(", ") }</bdi></span>
            }
            <span class="cc-option-code">{ &hit.code }</span>
        </>
    }
}

/// A place's option: its name and what kind of place it is.
fn place_option(hit: &PlaceHit) -> Html {
    let kind = match hit.kind {
        PlaceKind::National => "",
        PlaceKind::State => "State",
        PlaceKind::Metropolitan => "Metro area",
        PlaceKind::Nonmetropolitan => "Nonmetro area",
    };
    html! {
        <>
            <span class="cc-option-title">{ &hit.name }</span>
            if !kind.is_empty() {
                <span class="cc-option-code">{ kind }</span>
            }
        </>
    }
}

/// What the live region announces: the no-match message, or how many options the open list has.
fn announcement(no_match: bool, open: bool, hits: &[Choice]) -> String {
    if no_match {
        return NO_MATCH.to_string();
    }
    if !open || hits.is_empty() {
        return String::new();
    }
    if matches!(hits[0], Choice::Place(_)) {
        return match hits.len() {
            1 => "1 place found".to_string(),
            n => format!("{n} places found"),
        };
    }
    let partly = hits
        .iter()
        .all(|h| matches!(h, Choice::Title(h) if h.kind == MatchKind::Partial));
    match (hits.len(), partly) {
        (1, false) => "1 profession found".to_string(),
        (1, true) => "1 profession matches some of the words".to_string(),
        (n, false) => format!("{n} professions found"),
        (n, true) => format!("{n} professions match some of the words"),
    }
}
