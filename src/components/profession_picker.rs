//! An editable combobox for choosing a profession, following the WAI-ARIA APG pattern
//! "combobox with listbox popup, list autocomplete": typing filters the list, Down/Up move
//! through the options, Alt+Down opens the list, Enter (or Tab) accepts the active option,
//! Escape closes the list and a second Escape clears the box, Home/End move the caret.
//! An option found by another of its names shows that name too, and the O*NET detailed
//! occupation it belongs to; one that matched some of the words says which; words no title
//! has show a message with a hint instead of an empty list.

use super::combobox::{hits_for, Combo, Keys, Outcome};
use super::markup::element_with;
use crate::shared::Shared;
use career_comparison::{Hit, MatchKind, TitleSearch};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;
use yew::virtual_dom::Key;

/// Shown (and announced) when no title has any of the typed words.
const NO_MATCH: &str = "No job title has these words. Try one word of the title, such as “nurse” \
                        or “accountant”, or check the spelling.";

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Unique id of the input; the listbox and options derive theirs from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub selected_code: Option<AttrValue>,
    pub selected_title: Option<AttrValue>,
    pub search: Option<Shared<TitleSearch>>,
    /// Called with the chosen code, or `None` when the box is cleared.
    pub on_pick: Callback<Option<String>>,
}

/// The combobox state, shared by the render and the event handlers.
type ComboCell = Rc<RefCell<Combo>>;

#[function_component(ProfessionPicker)]
pub fn profession_picker(props: &Props) -> Html {
    let combo = use_mut_ref(Combo::default);
    let redraw = use_force_update();
    let input_ref = use_node_ref();

    let listbox_id = format!("{}-listbox", props.id);
    let option_prefix = format!("{}-option-", props.id);

    // Follow the chosen profession (swap, suggested pair, back/forward, index loaded) in this
    // render: an effect would render the picker a second time for every change of the pair.
    follow_choice(&mut combo.borrow_mut(), props);
    use_search_again(
        props.search.clone(),
        props.selected_title.clone(),
        combo.clone(),
        redraw.clone(),
        input_ref.clone(),
    );
    let active_now = combo.borrow().active;
    use_active_in_view(active_now, option_prefix.clone(), input_ref.clone());

    let apply = outcome_handler(props.on_pick.clone(), redraw.clone());
    let oninput = input_handler(combo.clone(), redraw.clone(), props.search.clone());
    let onkeydown = keydown_handler(
        combo.clone(),
        props.search.clone(),
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
    let options = hits
        .iter()
        .enumerate()
        .map(|(i, hit)| option_view(&option_prefix, i, hit, active == Some(i)));
    let onclick = click_handler(combo, option_prefix.clone(), apply);
    // keep focus in the input while clicking
    let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
    let hint_id = format!("{}-hint", props.id);
    // typed words no title has (not the chosen profession's title shown in the box)
    let no_match = !query.trim().is_empty()
        && hits.is_empty()
        && props.search.is_some()
        && props.selected_title.as_deref() != Some(query.as_str());
    let count_text = announcement(no_match, open, &hits);

    html! {
        <div class="cc-picker" part="picker">
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
                    aria-describedby={hint_id.clone()}
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck="false"
                    placeholder="Type a job title"
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
            <p id={hint_id} class="cc-hint">{ "Search by any job title; use the arrow keys to choose." }</p>
            <div class="cc-visually-hidden" aria-live="polite">{ count_text }</div>
        </div>
    }
}

/// The id of option `i`: the listbox's options derive theirs from the input's.
fn option_id(prefix: &str, i: usize) -> String {
    format!("{prefix}{i}")
}

/// Puts the chosen profession's title in the box when the choice changed since the last render.
fn follow_choice(c: &mut Combo, props: &Props) {
    let chosen = (props.selected_code.clone(), props.selected_title.clone());
    if c.chosen != chosen {
        c.query = chosen.1.as_ref().map(|t| t.to_string()).unwrap_or_default();
        c.close();
        c.chosen = chosen;
    }
}

/// The index or the alternate titles arrived while the person is typing: search again.
#[hook]
fn use_search_again(
    search: Option<Shared<TitleSearch>>,
    title: Option<AttrValue>,
    combo: ComboCell,
    redraw: UseForceUpdateHandle,
    input_ref: NodeRef,
) {
    use_effect_with(search, move |search| {
        // `:focus`, not `document.activeElement`, which is the host inside a shadow root
        let focused = input_ref
            .cast::<web_sys::Element>()
            .is_some_and(|input| crate::dom::is_focused(&input));
        let mut c = combo.borrow_mut();
        let typed = !c.query.trim().is_empty() && title.as_deref() != Some(c.query.as_str());
        if focused && typed {
            let found = hits_for(search, &c.query);
            c.show(found);
            drop(c);
            redraw.force_update();
        }
    });
}

/// Keeps the active option visible.
#[hook]
fn use_active_in_view(active: Option<usize>, option_prefix: String, input_ref: NodeRef) {
    use_effect_with(active, move |active| {
        if let Some(i) = active {
            // looked up in the instance's own root (the document or its shadow root)
            let option = input_ref
                .get()
                .and_then(|input| crate::dom::by_id(&input, &option_id(&option_prefix, *i)));
            if let Some(el) = option {
                let opts = ScrollIntoViewOptions::new();
                opts.set_block(ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        }
    });
}

/// Renders again and tells the parent about a pick or a clear.
fn outcome_handler(
    on_pick: Callback<Option<String>>,
    redraw: UseForceUpdateHandle,
) -> impl Fn(Outcome) + Clone + 'static {
    move |outcome: Outcome| {
        redraw.force_update();
        match outcome {
            Outcome::Pick(hit) => on_pick.emit(Some(hit.code)),
            Outcome::Clear => on_pick.emit(None),
            Outcome::Nothing => {}
        }
    }
}

fn input_handler(
    combo: ComboCell,
    redraw: UseForceUpdateHandle,
    search: Option<Shared<TitleSearch>>,
) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        let mut c = combo.borrow_mut();
        // The list already shows these options, none active: the input holds the typed
        // text itself, so nothing on screen changes and the render can be skipped.
        let mut unchanged = false;
        if value.trim().is_empty() {
            c.close();
            c.hits.clear();
        } else {
            let hits = hits_for(&search, &value);
            unchanged = c.open && c.active.is_none() && !hits.is_empty() && hits == c.hits;
            c.show(hits);
        }
        c.query = value;
        drop(c);
        if !unchanged {
            redraw.force_update();
        }
    })
}

fn keydown_handler(
    combo: ComboCell,
    search: Option<Shared<TitleSearch>>,
    has_choice: bool,
    apply: impl Fn(Outcome) + 'static,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let key = Keys {
            key: &e.key(),
            alt: e.alt_key(),
        };
        let handled = combo.borrow_mut().key(key, &search, has_choice);
        if handled.prevent_default {
            e.prevent_default();
        }
        apply(handled.outcome);
    })
}

/// Leaving the box without choosing puts the chosen title back.
fn blur_handler(
    combo: ComboCell,
    redraw: UseForceUpdateHandle,
    title: Option<AttrValue>,
) -> Callback<FocusEvent> {
    Callback::from(move |_: FocusEvent| {
        let mut c = combo.borrow_mut();
        c.close();
        let keep = title.as_ref().map(|t| t.to_string()).unwrap_or_default();
        if c.query != keep && !c.query.trim().is_empty() {
            c.query = keep;
        }
        drop(c);
        redraw.force_update();
    })
}

/// One listener on the listbox for all its options (the option is found from the event
/// target), so a keystroke does not make and register a closure per option.
fn click_handler(
    combo: ComboCell,
    option_prefix: String,
    apply: impl Fn(Outcome) + 'static,
) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        // the first node of the composed path: inside a shadow root, `target` is the host
        let index = e
            .composed_path()
            .get(0)
            .dyn_into::<web_sys::Element>()
            .ok()
            .and_then(|t| t.closest("[role=option]").ok().flatten())
            .and_then(|li| li.id().strip_prefix(&option_prefix)?.parse::<usize>().ok());
        let hit = index.and_then(|i| combo.borrow().hits.get(i).cloned());
        if let Some(hit) = hit {
            let outcome = combo.borrow_mut().pick(hit);
            apply(outcome);
        }
    })
}

/// Option `i` of the listbox.
fn option_view(option_prefix: &str, i: usize, hit: &Hit, selected: bool) -> Html {
    let (selected, class) = if selected {
        ("true", "cc-option cc-option-active")
    } else {
        ("false", "cc-option")
    };
    // Keyed by profession: an option that stays in the list keeps its element, so a list
    // that changes under the pointer (the alternate titles arrived) does not put another
    // profession into the element being clicked.
    element_with(
        "li",
        Some(Key::from(hit.code.clone())),
        &["id", "role", "aria-selected", "class"],
        vec![
            Some(option_id(option_prefix, i).into()),
            Some(AttrValue::Static("option")),
            Some(AttrValue::Static(selected)),
            Some(AttrValue::Static(class)),
        ],
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
        },
    )
}

/// What the live region announces: the no-match message, or how many options the open list has.
fn announcement(no_match: bool, open: bool, hits: &[Hit]) -> String {
    if no_match {
        NO_MATCH.to_string()
    } else if open {
        let partly = hits.iter().all(|h| h.kind == MatchKind::Partial);
        match (hits.len(), partly) {
            (0, _) => String::new(),
            (1, false) => "1 profession found".to_string(),
            (1, true) => "1 profession matches some of the words".to_string(),
            (n, false) => format!("{n} professions found"),
            (n, true) => format!("{n} professions match some of the words"),
        }
    } else {
        String::new()
    }
}
