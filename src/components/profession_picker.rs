//! An editable combobox for choosing a profession, following the WAI-ARIA APG pattern
//! "combobox with listbox popup, list autocomplete": typing filters the list, Down/Up move
//! through the options, Alt+Down opens the list, Enter (or Tab) accepts the active option,
//! Escape closes the list and a second Escape clears the box, Home/End move the caret.
//! An option found by another of its names shows that name too.

use crate::shared::Shared;
use career_comparison::{Hit, TitleSearch};
use web_sys::{HtmlInputElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// Options shown at most.
const LIMIT: usize = 12;

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

fn hits_for(search: &Option<Shared<TitleSearch>>, query: &str) -> Vec<Hit> {
    match search {
        Some(s) if query.trim().is_empty() => s.first(LIMIT),
        Some(s) => s.search(query, LIMIT),
        None => Vec::new(),
    }
}

#[function_component(ProfessionPicker)]
pub fn profession_picker(props: &Props) -> Html {
    let query = use_state(|| {
        props
            .selected_title
            .as_ref()
            .map(|t| t.to_string())
            .unwrap_or_default()
    });
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let hits = use_state(Vec::<Hit>::new);
    let input_ref = use_node_ref();

    let listbox_id = format!("{}-listbox", props.id);
    let option_id = {
        let id = props.id.clone();
        move |i: usize| format!("{id}-option-{i}")
    };

    // Follow the chosen profession (swap, suggested pair, back/forward, index loaded).
    {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        use_effect_with(
            (props.selected_code.clone(), props.selected_title.clone()),
            move |(_, title)| {
                query.set(title.as_ref().map(|t| t.to_string()).unwrap_or_default());
                open.set(false);
                active.set(None);
            },
        );
    }
    // The index or the alternate titles arrived while the person is typing: search again.
    {
        let hits = hits.clone();
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let input_ref = input_ref.clone();
        let title = props.selected_title.clone();
        use_effect_with(props.search.clone(), move |search| {
            let focused = input_ref
                .get()
                .zip(gloo_utils::document().active_element())
                .is_some_and(|(input, active_el)| {
                    let active_node: &web_sys::Node = active_el.as_ref();
                    input.is_same_node(Some(active_node))
                });
            let typed = !query.trim().is_empty() && title.as_deref() != Some(query.as_str());
            if focused && typed {
                let found = hits_for(search, &query);
                open.set(!found.is_empty());
                hits.set(found);
                active.set(None);
            }
        });
    }
    // Keep the active option visible.
    {
        let option_id = option_id.clone();
        use_effect_with(*active, move |active| {
            if let Some(i) = active {
                if let Some(el) = gloo_utils::document().get_element_by_id(&option_id(*i)) {
                    let opts = ScrollIntoViewOptions::new();
                    opts.set_block(ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }

    let pick = {
        let on_pick = props.on_pick.clone();
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |hit: Hit| {
            query.set(hit.title.clone());
            open.set(false);
            active.set(None);
            on_pick.emit(Some(hit.code));
        })
    };

    let oninput = {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let hits = hits.clone();
        let search = props.search.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let found = hits_for(&search, &value);
            open.set(!value.trim().is_empty() && !found.is_empty());
            hits.set(found);
            active.set(None);
            query.set(value);
        })
    };

    let onkeydown = {
        let query = query.clone();
        let open = open.clone();
        let active = active.clone();
        let hits = hits.clone();
        let search = props.search.clone();
        let pick = pick.clone();
        let on_pick = props.on_pick.clone();
        let selected = props.selected_code.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = hits.len();
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    let list = if *open {
                        (*hits).clone()
                    } else {
                        hits_for(&search, &query)
                    };
                    let len = list.len();
                    if !*open {
                        hits.set(list);
                        open.set(len > 0);
                        if !e.alt_key() && len > 0 {
                            active.set(Some(0));
                        }
                    } else if !e.alt_key() && len > 0 {
                        active.set(Some(match *active {
                            Some(i) if i + 1 < len => i + 1,
                            _ => 0,
                        }));
                    }
                }
                "ArrowUp" => {
                    e.prevent_default();
                    if e.alt_key() {
                        if let (true, Some(i)) = (*open, *active) {
                            if let Some(hit) = hits.get(i) {
                                pick.emit(hit.clone());
                            }
                        }
                        open.set(false);
                        return;
                    }
                    if !*open {
                        let list = hits_for(&search, &query);
                        let len = list.len();
                        hits.set(list);
                        open.set(len > 0);
                        active.set(len.checked_sub(1));
                    } else if n > 0 {
                        active.set(Some(match *active {
                            Some(i) if i > 0 => i - 1,
                            _ => n - 1,
                        }));
                    }
                }
                "Enter" => {
                    if *open {
                        e.prevent_default();
                        let choice = match *active {
                            Some(i) => hits.get(i).cloned(),
                            // an exact match needs no arrowing
                            None => hits
                                .first()
                                .filter(|h| h.kind == career_comparison::MatchKind::Exact)
                                .cloned(),
                        };
                        match choice {
                            Some(hit) => pick.emit(hit),
                            None => {
                                open.set(false);
                            }
                        }
                    }
                }
                "Escape" => {
                    if *open {
                        e.prevent_default();
                        open.set(false);
                        active.set(None);
                    } else if !query.is_empty() || selected.is_some() {
                        e.prevent_default();
                        query.set(String::new());
                        hits.set(Vec::new());
                        if selected.is_some() {
                            on_pick.emit(None);
                        }
                    }
                }
                "Tab" => {
                    if *open {
                        if let Some(hit) = active.and_then(|i| hits.get(i).cloned()) {
                            pick.emit(hit);
                        }
                        open.set(false);
                        active.set(None);
                    }
                }
                "Home" | "End" | "ArrowLeft" | "ArrowRight" => active.set(None),
                _ => {}
            }
        })
    };

    // Leaving the box without choosing puts the chosen title back.
    let onblur = {
        let open = open.clone();
        let active = active.clone();
        let query = query.clone();
        let title = props.selected_title.clone();
        Callback::from(move |_: FocusEvent| {
            open.set(false);
            active.set(None);
            let keep = title.as_ref().map(|t| t.to_string()).unwrap_or_default();
            if *query != keep && !query.trim().is_empty() {
                query.set(keep);
            }
        })
    };

    let is_open = *open && !hits.is_empty();
    let active_id = if is_open {
        active.map(&option_id)
    } else {
        None
    };
    let options = hits.iter().enumerate().map(|(i, hit)| {
        let onclick = {
            let pick = pick.clone();
            let hit = hit.clone();
            Callback::from(move |_: MouseEvent| pick.emit(hit.clone()))
        };
        // keep focus in the input while clicking
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        let selected = *active == Some(i);
        let class = classes!("cc-option", selected.then_some("cc-option-active"));
        html! {
            <li id={option_id(i)} key={hit.code.clone()} role="option" {class}
                aria-selected={if selected { "true" } else { "false" }} {onclick} {onmousedown}>
                <span class="cc-option-title">{ &hit.title }</span>
                if let Some(m) = &hit.matched_title {
                    <span class="cc-option-match">{ " — matched “" }{ m }{ "”" }</span>
                }
                <span class="cc-option-code">{ &hit.code }</span>
            </li>
        }
    });
    let hint_id = format!("{}-hint", props.id);
    let count_text = if *open {
        match hits.len() {
            0 => String::new(),
            1 => "1 profession found".to_string(),
            n => format!("{n} professions found"),
        }
    } else if !query.trim().is_empty()
        && hits.is_empty()
        && props.selected_title.as_deref() != Some(query.as_str())
    {
        "No profession matches".to_string()
    } else {
        String::new()
    };

    html! {
        <div class="cc-picker">
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
                    value={(*query).clone()}
                    {oninput}
                    {onkeydown}
                    {onblur}
                />
                <ul id={listbox_id} role="listbox" aria-label={props.label.clone()}
                    class="cc-listbox" hidden={!is_open}>
                    { for options }
                </ul>
            </div>
            <p id={hint_id} class="cc-hint">{ "Search by any job title; use the arrow keys to choose." }</p>
            <div class="cc-visually-hidden" aria-live="polite">{ count_text }</div>
        </div>
    }
}
