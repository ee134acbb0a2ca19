//! The pickers' shared event handling around [`Combo`]: typing, keys, leaving the box, a click
//! on an option, and keeping the active option in view. Generic over the option, so the
//! profession pickers and the place picker behave alike.

use super::combobox::{Combo, ComboOption, Keys, Outcome};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// The combobox state, shared by the render and the event handlers.
pub type ComboCell<O> = Rc<RefCell<Combo<O>>>;

/// The options for a text, as the handlers call it.
pub type Source<O> = Rc<dyn Fn(&str) -> Vec<O>>;

/// The id of option `i`: the listbox's options derive theirs from the input's.
pub fn option_id(prefix: &str, i: usize) -> String {
    format!("{prefix}{i}")
}

/// Keeps the active option visible.
#[hook]
pub fn use_active_in_view(active: Option<usize>, option_prefix: String, input_ref: NodeRef) {
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

pub fn input_handler<O: ComboOption + 'static>(
    combo: ComboCell<O>,
    redraw: UseForceUpdateHandle,
    search: Source<O>,
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
            let hits = search(&value);
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

pub fn keydown_handler<O: ComboOption + 'static>(
    combo: ComboCell<O>,
    search: Source<O>,
    has_choice: bool,
    apply: impl Fn(Outcome<O>) + 'static,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let key = Keys {
            key: &e.key(),
            alt: e.alt_key(),
        };
        let handled = combo.borrow_mut().key(key, &*search, has_choice);
        if handled.prevent_default {
            e.prevent_default();
        }
        apply(handled.outcome);
    })
}

/// Leaving the box without choosing puts the chosen title back.
pub fn blur_handler<O: ComboOption + 'static>(
    combo: ComboCell<O>,
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
pub fn click_handler<O: ComboOption + 'static>(
    combo: ComboCell<O>,
    option_prefix: String,
    apply: impl Fn(Outcome<O>) + 'static,
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

/// The options changed (`options`: the search, or the places, grew) while the person is
/// typing: search again.
#[hook]
pub fn use_search_again<D: PartialEq + 'static, O: ComboOption + 'static>(
    options: D,
    source: Source<O>,
    title: Option<AttrValue>,
    combo: ComboCell<O>,
    redraw: UseForceUpdateHandle,
    input_ref: NodeRef,
) {
    use_effect_with(options, move |_| {
        // `:focus`, not `document.activeElement`, which is the host inside a shadow root
        let focused = input_ref
            .cast::<web_sys::Element>()
            .is_some_and(|input| crate::dom::is_focused(&input));
        let mut c = combo.borrow_mut();
        let typed = !c.query.trim().is_empty() && title.as_deref() != Some(c.query.as_str());
        if focused && typed {
            let found = source(&c.query);
            c.show(found);
            drop(c);
            redraw.force_update();
        }
    });
}
