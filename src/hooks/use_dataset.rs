//! Loads the dataset: `index.json` first, then the two chosen professions' files, then (after
//! the comparison has painted) `titles.json` for searching by alternate titles.
//!
//! Every request has a timeout ([`DEFAULT_TIMEOUT_MS`] unless the mount element, or a
//! `<career-compare>` host element, has `data-timeout-ms`). Every failure is logged to the
//! console once, when it happens (not on re-renders), and goes to the state for the panel.

use crate::dataset::{fetch, log_failure, parse_timeout_ms, LoadError, DEFAULT_TIMEOUT_MS};
use crate::shared::Shared;
use crate::state::{Action, AppState, Load};
use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_profession, decode_titles, profession_file};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, ShadowRoot};
use yew::prelude::*;

/// The `data-timeout-ms` of the nearest ancestor of the widget's root that has one (crossing
/// into a shadow root's host), or the default.
fn timeout_ms(root: &NodeRef) -> u32 {
    let Some(el) = root.cast::<Element>() else {
        return DEFAULT_TIMEOUT_MS;
    };
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
pub fn use_dataset(dataset_url: AttrValue, root: NodeRef, state: UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();

    // index.json (again after Retry)
    {
        let dispatcher = dispatcher.clone();
        let base = dataset_url.clone();
        let root = root.clone();
        use_effect_with((dataset_url.clone(), state.index_attempt), move |_| {
            let timeout = timeout_ms(&root);
            spawn_local(async move {
                let result = fetch(&base, career_schema::INDEX_FILE, timeout, decode_index).await;
                match result {
                    Ok(ix) => {
                        let search = TitleSearch::new(&ix);
                        dispatcher.dispatch(Action::IndexLoaded(Ok(Shared::new(ix))));
                        dispatcher.dispatch(Action::SearchReady(Shared::new(search)));
                    }
                    Err(e) => {
                        log_failure(&e);
                        dispatcher.dispatch(Action::IndexLoaded(Err(e)));
                    }
                }
            });
        });
    }

    // the chosen professions' files
    let index_ready = state.index().is_some();
    let a = state.selection.a.clone();
    let b = state.selection.b.clone();
    {
        let dispatcher = dispatcher.clone();
        let base = dataset_url.clone();
        let root = root.clone();
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
                if *ready {
                    let timeout = timeout_ms(&root);
                    let mut codes = titles;
                    codes.dedup_by(|x, y| x.0 == y.0);
                    for (code, title) in codes {
                        if known.contains(&code) {
                            continue;
                        }
                        dispatcher.dispatch(Action::ProfessionRequested(code.clone()));
                        let dispatcher = dispatcher.clone();
                        let base = base.clone();
                        spawn_local(async move {
                            let file = profession_file(&code);
                            let result = fetch(&base, &file, timeout, |bytes| {
                                decode_profession(&code, bytes)
                            })
                            .await
                            .map(Shared::new)
                            .map_err(|e| LoadError::Profession {
                                code: code.clone(),
                                title,
                                error: Box::new(e),
                            });
                            if let Err(e) = &result {
                                log_failure(e);
                            }
                            dispatcher.dispatch(Action::ProfessionLoaded(code, result));
                        });
                    }
                }
            },
        );
    }

    // titles.json, once the index is in and no profession file is still on its way (again
    // after a Retry that followed a failure)
    let busy = state
        .professions
        .values()
        .any(|p| matches!(p, Load::Loading));
    let started = use_mut_ref(|| None::<u32>);
    {
        let base = dataset_url.clone();
        let index = state.index().cloned();
        let search = state.search.clone();
        let attempt = state.titles_attempt;
        use_effect_with(
            (search.is_some(), busy, attempt),
            move |(has_search, busy, attempt)| {
                let attempt = *attempt;
                if *has_search && !*busy && *started.borrow() != Some(attempt) {
                    if let (Some(index), Some(search)) = (index, search) {
                        *started.borrow_mut() = Some(attempt);
                        let timeout = timeout_ms(&root);
                        spawn_local(async move {
                            // let the comparison paint first
                            gloo_timers::future::TimeoutFuture::new(50).await;
                            let result =
                                fetch(&base, career_schema::TITLES_FILE, timeout, |bytes| {
                                    decode_titles(bytes, &index)
                                })
                                .await;
                            match result {
                                Ok(titles) => {
                                    let mut extended: TitleSearch = (*search).clone();
                                    extended.extend(&titles);
                                    dispatcher.dispatch(Action::SearchReady(Shared::new(extended)));
                                }
                                Err(e) => {
                                    log_failure(&e);
                                    dispatcher.dispatch(Action::TitlesFailed(e));
                                }
                            }
                        });
                    }
                }
            },
        );
    }
}
