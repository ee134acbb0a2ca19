//! Loads the dataset: `index.json` and the two chosen professions' files. The title search
//! over the index's main titles is built, and `titles.json` (64,000 alternate titles, most of
//! the dataset's bytes) fetched, only when someone is about to search (a picker got focus).
//!
//! Every request has a timeout ([`DEFAULT_TIMEOUT_MS`] unless the mount element, or a
//! `<career-compare>` host element, has `data-timeout-ms`). Every failure is logged to the
//! console once, when it happens (not on re-renders), and goes to the state for the panel.

use crate::load::{fetch, log_failure, parse_timeout_ms, Failure, DEFAULT_TIMEOUT_MS};
use crate::opening::{load_index, load_profession, Opening};
use crate::shared::Shared;
use crate::state::{Action, AppState, Load};
use career_comparison::TitleSearch;
use career_schema::{decode_titles, DatasetIndex};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, ShadowRoot};
use yew::prelude::*;

/// Title entries (professions' alternate titles, about 77 names each) added to the search per
/// step: a step of the real `titles.json` stays well under the 50 ms that makes a long task
/// even on a slow phone.
const TITLES_PER_STEP: usize = 100;

/// The `data-timeout-ms` of the nearest ancestor of the widget's root that has one (crossing
/// into a shadow root's host), or the default.
pub(super) fn timeout_ms(root: &NodeRef) -> u32 {
    root.cast::<Element>()
        .map_or(DEFAULT_TIMEOUT_MS, |el| timeout_for(&el))
}

/// The `data-timeout-ms` of `el` or its nearest ancestor that has one (crossing into a shadow
/// root's host), or the default.
pub fn timeout_for(el: &Element) -> u32 {
    const ATTR: &str = "data-timeout-ms";
    let value = match el.closest("[data-timeout-ms]") {
        Ok(Some(found)) => found.get_attribute(ATTR),
        _ => el
            .get_root_node()
            .dyn_into::<ShadowRoot>()
            .ok()
            .and_then(|shadow| shadow.host().get_attribute(ATTR)),
    };
    parse_timeout_ms(value.as_deref())
}

/// Runs the requests the state calls for and reports their results to the reducer. `root` is
/// the widget's outermost element (read for `data-timeout-ms`).
#[hook]
pub fn use_dataset(
    dataset_url: AttrValue,
    root: NodeRef,
    state: UseReducerHandle<AppState>,
    opening: Option<Shared<Opening>>,
) {
    let dispatcher = state.dispatcher();
    use_index_request(
        dataset_url.clone(),
        root.clone(),
        state.clone(),
        opening.clone(),
        dispatcher.clone(),
    );
    use_opening_professions(state.clone(), opening.clone(), dispatcher.clone());
    use_profession_requests(
        dataset_url.clone(),
        root.clone(),
        &state,
        dispatcher.clone(),
    );
    use_failure_log(&state);
    use_main_title_search(&state, dispatcher.clone());
    use_alternate_titles(
        dataset_url.clone(),
        root.clone(),
        &state,
        dispatcher.clone(),
    );
    super::use_local_pay(dataset_url, root, &state, dispatcher, opening);
}

/// index.json: the opening's request, or a new one after Retry.
#[hook]
fn use_index_request(
    dataset_url: AttrValue,
    root: NodeRef,
    state: UseReducerHandle<AppState>,
    opening: Option<Shared<Opening>>,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    let base = dataset_url.clone();
    use_effect_with((dataset_url, state.index_attempt), move |(_, attempt)| {
        if matches!(state.index, Load::Loading) {
            let pending = match (&opening, *attempt) {
                (Some(opening), 0) => opening.index.clone(),
                _ => load_index(base.to_string(), timeout_ms(&root)),
            };
            pending.then(move |result| dispatcher.dispatch(Action::IndexLoaded(result)));
        }
    });
}

/// The opening's profession files still on their way when the widget mounted.
#[hook]
fn use_opening_professions(
    state: UseReducerHandle<AppState>,
    opening: Option<Shared<Opening>>,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    use_effect_with((), move |_| {
        for (code, pending) in opening.iter().flat_map(|o| o.professions.iter()) {
            if matches!(state.professions.get(code), Some(Load::Loading)) {
                let (code, dispatcher) = (code.clone(), dispatcher.clone());
                pending.then(move |result| {
                    dispatcher.dispatch(Action::ProfessionLoaded(code, result));
                });
            }
        }
    });
}

/// The chosen professions' files: while index.json is still on its way, those of the pair
/// the widget opened with (if their codes are well-formed) in parallel with it; a code the
/// index then does not list is dropped from the selection, and so is its file.
#[hook]
fn use_profession_requests(
    dataset_url: AttrValue,
    root: NodeRef,
    state: &AppState,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    let index_ready = state.index().is_some();
    let index_failed = matches!(state.index, Load::Failed(_));
    let a = state.selection.a.clone();
    let b = state.selection.b.clone();
    let known: Vec<String> = state.professions.keys().cloned().collect();
    let titles: Vec<(String, Option<String>)> = [a.clone(), b.clone()]
        .into_iter()
        .flatten()
        .map(|c| {
            let t = state.title(&c);
            (c, t)
        })
        .collect();
    use_effect_with(
        (index_ready, a, b, state.profession_attempt),
        move |(ready, _, _, _)| {
            if !index_failed {
                // read (a DOM query) only when a file is requested, not on every change
                // of the pair (a swap requests nothing)
                let mut timeout = None;
                let mut codes = titles;
                codes.dedup_by(|x, y| x.0 == y.0);
                for (code, title) in codes {
                    if known.contains(&code) || !(*ready || career_schema::is_soc_code(&code)) {
                        continue;
                    }
                    dispatcher.dispatch(Action::ProfessionRequested(code.clone()));
                    let dispatcher = dispatcher.clone();
                    let timeout = *timeout.get_or_insert_with(|| timeout_ms(&root));
                    let pending =
                        load_profession(dataset_url.to_string(), code.clone(), title, timeout);
                    // (a failure is logged below once the index says the code is its own)
                    pending.then(move |result| {
                        dispatcher.dispatch(Action::ProfessionLoaded(code, result));
                    });
                }
            }
        },
    );
}

/// A chosen profession's file failed: logged once per failure, when the index is in (a
/// file fetched before it, for a code the index does not list, is not an error).
#[hook]
fn use_failure_log(state: &AppState) {
    let logged = use_mut_ref(Vec::<(String, u32)>::new);
    let failed: Vec<(String, Failure)> = if state.index().is_some() {
        [&state.selection.a, &state.selection.b]
            .into_iter()
            .flatten()
            .filter_map(|code| match state.professions.get(code) {
                Some(Load::Failed(e)) => Some((code.clone(), e.clone())),
                _ => None,
            })
            .collect()
    } else {
        Vec::new()
    };
    let attempt = state.profession_attempt;
    use_effect_with((failed, attempt), move |(failed, attempt)| {
        for (code, e) in failed {
            let key = (code.clone(), *attempt);
            if !logged.borrow().contains(&key) {
                log_failure(e);
                logged.borrow_mut().push(key);
            }
        }
    });
}

/// The search over main titles, once the index is in and someone is about to search, in a
/// task of its own (once per index).
#[hook]
fn use_main_title_search(state: &AppState, dispatcher: UseReducerDispatcher<AppState>) {
    let built_for = use_mut_ref(|| None::<Shared<DatasetIndex>>);
    use_effect_with(
        (state.index().cloned(), state.search_wanted),
        move |(index, wanted)| {
            if let (Some(index), true) = (index.clone(), *wanted) {
                if built_for.borrow().as_ref() != Some(&index) {
                    *built_for.borrow_mut() = Some(index.clone());
                    spawn_local(async move {
                        crate::schedule::next_task().await;
                        let search = TitleSearch::new(&index);
                        dispatcher.dispatch(Action::SearchReady(Shared::new(search)));
                    });
                }
            }
        },
    );
}

/// titles.json, once someone is about to search and the main-title search is ready (again
/// after a Retry that followed a failure).
#[hook]
fn use_alternate_titles(
    dataset_url: AttrValue,
    root: NodeRef,
    state: &AppState,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    let started = use_mut_ref(|| None::<u32>);
    let index = state.index().cloned();
    let search = state.search.clone();
    use_effect_with(
        (search.is_some(), state.search_wanted, state.titles_attempt),
        move |(has_search, wanted, attempt)| {
            let attempt = *attempt;
            if *has_search && *wanted && *started.borrow() != Some(attempt) {
                if let (Some(index), Some(search)) = (index, search) {
                    *started.borrow_mut() = Some(attempt);
                    let timeout = timeout_ms(&root);
                    spawn_local(add_alternate_titles(
                        dataset_url,
                        index,
                        search,
                        timeout,
                        dispatcher,
                    ));
                }
            }
        },
    );
}

/// Fetches titles.json and adds its titles to `search`, in steps.
async fn add_alternate_titles(
    base: AttrValue,
    index: Shared<DatasetIndex>,
    search: Shared<TitleSearch>,
    timeout: u32,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    let result = fetch(&base, career_schema::TITLES_FILE, timeout, |bytes| {
        decode_titles(bytes, &index)
    })
    .await;
    match result {
        Ok(titles) => {
            // in steps, yielding to the browser between them, so typing and painting go on
            // while 64,000 titles are added
            let mut extended: TitleSearch = (*search).clone();
            let mut next = 0;
            loop {
                next = extended.extend_chunk(&titles, next, TITLES_PER_STEP);
                if next >= titles.professions.len() {
                    break;
                }
                crate::schedule::next_task().await;
            }
            dispatcher.dispatch(Action::SearchReady(Shared::new(extended)));
            // for the benchmark: typing now searches every title
            crate::perf::mark("career-compare:titles-searchable");
        }
        Err(e) => {
            log_failure(&e);
            dispatcher.dispatch(Action::TitlesFailed(std::rc::Rc::new(e)));
        }
    }
}
