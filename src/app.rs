//! The root component: two profession pickers with a swap button, notices, suggested pairs,
//! and the compared view (or its skeleton or an error panel). Props make each instance
//! independent, so a page can mount several.

use crate::components::compared_view::ComparedView;
use crate::components::error_panel::error_panel;
use crate::components::loading_skeleton::loading_skeleton;
use crate::components::picker::{Choices, Picker};
use crate::components::suggested_pairs::suggested_pairs;
use crate::hooks::{use_dataset, use_host_events, use_share_link, HostEvents};
use crate::opening::Opening;
use crate::share_link::{self, Selection};
use crate::shared::Shared;
use crate::state::{Action, AppState, Load, UrlWrite};
use career_comparison::Side;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// The id of the element `main` mounts into.
pub const MOUNT_ID: &str = "career-compare";

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Prefix of every element id inside this instance (unique per page).
    pub id: AttrValue,
    /// The dataset folder's URL, e.g. "data/".
    pub dataset_url: AttrValue,
    /// Read and write `?a=…&b=…&state=…` (or `&area=…`) in the page URL.
    pub sync_url: bool,
    /// The pair and place to show first.
    pub initial: Selection,
    /// Bumped when the host sets a new pair or place after mount (an embed's attributes):
    /// the instance then shows `initial` again.
    #[prop_or_default]
    pub initial_seq: u32,
    /// Mounted in a `<career-compare>` element's shadow root: the theme comes from `:host`.
    #[prop_or_default]
    pub embedded: bool,
    /// Told about every change the user makes to the pair or place (not the initial one).
    #[prop_or_default]
    pub on_change: Option<Callback<Change>>,
    /// The opening requests, started before the widget mounted (see [`crate::opening`]).
    #[prop_or_default]
    pub opening: Option<Shared<Opening>>,
    /// Told when the first comparison or the empty state is on screen, and of each error shown.
    #[prop_or_default]
    pub events: HostEvents,
}

/// A user's change of the pair or place, with the chosen professions' titles.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub selection: Selection,
    pub a_title: Option<String>,
    pub b_title: Option<String>,
    /// The chosen area's name, once its file or the area list has it.
    pub area_name: Option<String>,
}

impl AppProps {
    /// Reads `data-dataset` (default "data/"), `data-sync-url` ("false" turns URL sync off)
    /// and, without URL sync, `data-a`, `data-b`, `data-state` or `data-area`.
    pub fn from_element(el: &Element) -> Self {
        let attr = |name: &str| el.get_attribute(name).filter(|v| !v.trim().is_empty());
        let sync_url = attr("data-sync-url").is_none_or(|v| v != "false");
        let initial = if sync_url {
            share_link::current()
        } else {
            Selection {
                a: attr("data-a"),
                b: attr("data-b"),
                ..Selection::default()
            }
            .with_place(attr("data-area").or_else(|| attr("data-state")))
        };
        let id = if el.id().is_empty() {
            MOUNT_ID.to_string()
        } else {
            el.id()
        };
        AppProps {
            id: id.into(),
            dataset_url: attr("data-dataset")
                .unwrap_or_else(|| "data/".into())
                .into(),
            sync_url,
            initial,
            initial_seq: 0,
            embedded: false,
            on_change: None,
            opening: None,
            events: HostEvents::default(),
        }
    }
}

/// The root's callbacks, made once.
struct Handlers {
    pick_a: Callback<Option<String>>,
    pick_b: Callback<Option<String>>,
    on_swap: Callback<MouseEvent>,
    on_pair: Callback<(String, String)>,
    on_place: Callback<Option<String>>,
    on_retry: Callback<()>,
    on_related: Callback<(Side, String)>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let opening = props.opening.clone();
    let state = use_reducer(move || match opening {
        Some(opening) => opening.state(initial),
        None => AppState::new(initial),
    });
    let root = use_node_ref();
    use_dataset(
        props.dataset_url.clone(),
        root.clone(),
        state.clone(),
        props.opening.clone(),
    );
    use_share_link(props.sync_url, state.clone());
    use_host_link(props, &state);
    use_host_events(&props.events, &state);
    let (focus_heading, handlers) = use_handlers(&state);

    let body = body_view(props, &state, &handlers, &focus_heading);
    // footnote links inside a shadow root (see `dom::follow_in_page_link`)
    let onclick = Callback::from(|e: MouseEvent| crate::dom::follow_in_page_link(&e));
    let onfocusin = focusin_handler(&state);
    let children = children_view(props, &state, &handlers, body);
    // `lang`: the widget's words are English whatever the host page's language is, so screen
    // readers pronounce them as English and browsers hyphenate them with English rules. The
    // class is a literal in each branch: a computed `class` goes through `Classes` (a hashed set).
    if props.embedded {
        html! {
            <div ref={root} lang="en" class="career-compare cc-embedded" {onclick} {onfocusin}>
                { children }
            </div>
        }
    } else {
        html! {
            <div ref={root} lang="en" class="career-compare" {onclick} {onfocusin}>
                { children }
            </div>
        }
    }
}

/// The host's side: a new pair or place it set (not on the first render), and the user's
/// changes told to it.
#[hook]
fn use_host_link(props: &AppProps, state: &UseReducerHandle<AppState>) {
    {
        let dispatcher = state.dispatcher();
        let initial = props.initial.clone();
        use_effect_with(props.initial_seq, move |seq| {
            if *seq != 0 {
                dispatcher.dispatch(Action::Restore(initial));
            }
        });
    }
    let on_change = props.on_change.clone();
    let user = state.url_write == UrlWrite::Push;
    let change = Change {
        selection: state.selection.clone(),
        a_title: state.selection.a.as_deref().and_then(|c| state.title(c)),
        b_title: state.selection.b.as_deref().and_then(|c| state.title(c)),
        area_name: state.area().map(|a| a.name.clone()),
    };
    use_effect_with(state.url_seq, move |_| {
        if let (true, Some(cb)) = (user, on_change) {
            cb.emit(change);
        }
    });
}

/// Callbacks that stay the same across renders (the dispatcher does), so a render of the
/// root for something else (a picker got focus, the search is ready) does not re-render the
/// pickers and the whole compared view just because their callbacks are new. One memo for
/// all of them: a `use_callback` each cost its own hook code in the wasm. Also the flag by
/// which the compared view moves focus to a new pair's heading after a related occupation's
/// Compare button (the view itself is replaced while the new file loads).
#[hook]
fn use_handlers(state: &UseReducerHandle<AppState>) -> (Shared<RefCell<bool>>, Rc<Handlers>) {
    let focus_heading = (*use_memo((), |_| Shared::new(RefCell::new(false)))).clone();
    let handlers = use_memo((), {
        let dispatch = state.dispatcher().to_callback();
        move |_| Handlers {
            pick_a: dispatch.reform(|code| Action::Pick(Side::A, code)),
            pick_b: dispatch.reform(|code| Action::Pick(Side::B, code)),
            on_swap: dispatch.reform(|_: MouseEvent| Action::Swap),
            on_pair: dispatch.reform(|(a, b)| Action::PickPair(a, b)),
            on_place: dispatch.reform(Action::SetPlace),
            on_retry: dispatch.reform(|()| Action::Retry),
            on_related: dispatch.reform(|(side, code)| Action::Pick(side, Some(code))),
        }
    });
    (focus_heading, handlers)
}

/// A picker got focus: someone is about to search, so fetch the alternate titles (or, for
/// the place picker, the area list) now.
fn focusin_handler(state: &UseReducerHandle<AppState>) -> Callback<FocusEvent> {
    let dispatcher = state.dispatcher();
    Callback::from(move |e: FocusEvent| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        if input.get_attribute("role").as_deref() != Some("combobox") {
            return;
        }
        // (a repeated want is dropped by the reducer without a render)
        // the place picker's input id ends "-place" (a `str` search would cost its own code)
        if input.id().ends_with("-place") {
            dispatcher.dispatch(Action::AreasWanted);
        } else {
            dispatcher.dispatch(Action::SearchWanted);
        }
    })
}

/// The picker for one side.
fn picker(
    props: &AppProps,
    state: &AppState,
    side: Side,
    suffix: &str,
    label: &'static str,
    on_pick: &Callback<Option<String>>,
) -> Html {
    let code = state.code(side).map(|c| AttrValue::from(c.to_string()));
    let title = state
        .code(side)
        .and_then(|c| state.title(c))
        .map(AttrValue::from);
    html! {
        <Picker id={format!("{}-{suffix}", props.id)} {label}
            selected_code={code} selected_title={title}
            choices={Choices::Titles(state.search.clone())} on_pick={on_pick.clone()} />
    }
}

/// The comparison, or its skeleton, an error panel or the introduction with suggested pairs.
fn body_view(
    props: &AppProps,
    state: &AppState,
    handlers: &Handlers,
    focus_heading: &Shared<RefCell<bool>>,
) -> Html {
    let on_retry = &handlers.on_retry;
    match &state.index {
        Load::Loading => loading_skeleton(),
        Load::Failed(e) => error_panel("The dataset could not be loaded", e.to_string(), on_retry),
        Load::Ready(index) => {
            let a = state.selection.a.as_ref().map(|c| state.professions.get(c));
            let b = state.selection.b.as_ref().map(|c| state.professions.get(c));
            match (a, b) {
                (Some(Some(Load::Ready(a))), Some(Some(Load::Ready(b)))) => html! {
                    <ComparedView id={props.id.clone()} index={index.clone()} a={a.clone()} b={b.clone()}
                        place={state.place_choice()} areas={state.area_list().cloned()}
                        on_place={handlers.on_place.clone()} on_retry={handlers.on_retry.clone()}
                        on_pick={handlers.on_related.clone()} focus_heading={focus_heading.clone()}
                        share={props.sync_url.then(|| state.selection.clone())} />
                },
                (Some(Some(Load::Failed(e))), _) | (_, Some(Some(Load::Failed(e)))) => {
                    error_panel("A profession could not be loaded", e.to_string(), on_retry)
                }
                (Some(_), Some(_)) => loading_skeleton(),
                _ => html! {
                    <div class="cc-intro">
                        <p>{ "Choose two professions to compare their pay, job outlook, education, workers and skills side by side." }</p>
                        { suggested_pairs(index, &handlers.on_pair) }
                    </div>
                },
            }
        }
    }
}

/// Everything inside the root element: the pickers with the swap button, the notices, the
/// alternate titles' error and the body.
fn children_view(props: &AppProps, state: &AppState, handlers: &Handlers, body: Html) -> Html {
    html! {
        <>
            <div class="cc-pickers" part="pickers">
                { picker(props, state, Side::A, "a", "First profession", &handlers.pick_a) }
                <button type="button" class="cc-button cc-swap" aria-label="Swap professions"
                    title="Swap professions" onclick={handlers.on_swap.clone()}>
                    <span aria-hidden="true">{ "⇄" }</span>
                </button>
                { picker(props, state, Side::B, "b", "Second profession", &handlers.pick_b) }
            </div>
            <div class="cc-notices" role="status">
                { for state.notices.iter().map(|n| html! { <p class="cc-notice">{ n }</p> }) }
            </div>
            if let Some(e) = &state.titles_error {
                { error_panel("Search by other job titles is unavailable",
                    format!("{e}. Search still finds professions by their main titles."), &handlers.on_retry) }
            }
            <div class="cc-body" aria-live="off">{ body }</div>
        </>
    }
}
