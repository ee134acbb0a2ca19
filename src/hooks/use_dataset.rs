//! Loads the dataset: `index.json` first, then the two chosen professions' files, then (after
//! the comparison has painted) `titles.json` for searching by alternate titles.

use crate::dataset::fetch;
use crate::shared::Shared;
use crate::state::{Action, AppState, Load};
use career_comparison::TitleSearch;
use career_schema::{decode_index, decode_profession, decode_titles, profession_file};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Runs the requests the state calls for and reports their results to the reducer.
#[hook]
pub fn use_dataset(dataset_url: AttrValue, state: UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();

    // index.json (again after Retry)
    {
        let dispatcher = dispatcher.clone();
        let base = dataset_url.clone();
        use_effect_with((dataset_url.clone(), state.index_attempt), move |_| {
            spawn_local(async move {
                let result = fetch(&base, career_schema::INDEX_FILE, decode_index).await;
                match result {
                    Ok(ix) => {
                        let search = TitleSearch::new(&ix);
                        dispatcher.dispatch(Action::IndexLoaded(Ok(Shared::new(ix))));
                        dispatcher.dispatch(Action::SearchReady(Shared::new(search)));
                    }
                    Err(e) => dispatcher.dispatch(Action::IndexLoaded(Err(e))),
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
        let known: Vec<String> = state.professions.keys().cloned().collect();
        use_effect_with(
            (index_ready, a, b, state.profession_attempt),
            move |(ready, a, b, _)| {
                if *ready {
                    let mut codes: Vec<String> =
                        [a.clone(), b.clone()].into_iter().flatten().collect();
                    codes.dedup();
                    for code in codes {
                        if known.contains(&code) {
                            continue;
                        }
                        dispatcher.dispatch(Action::ProfessionRequested(code.clone()));
                        let dispatcher = dispatcher.clone();
                        let base = base.clone();
                        spawn_local(async move {
                            let file = profession_file(&code);
                            let result =
                                fetch(&base, &file, |bytes| decode_profession(&code, bytes))
                                    .await
                                    .map(Shared::new);
                            dispatcher.dispatch(Action::ProfessionLoaded(code, result));
                        });
                    }
                }
            },
        );
    }

    // titles.json, once the index is in and no profession file is still on its way
    let busy = state
        .professions
        .values()
        .any(|p| matches!(p, Load::Loading));
    let started = use_mut_ref(|| false);
    {
        let base = dataset_url.clone();
        let index = state.index().cloned();
        let search = state.search.clone();
        use_effect_with((search.is_some(), busy), move |(has_search, busy)| {
            if *has_search && !*busy && !*started.borrow() {
                if let (Some(index), Some(search)) = (index, search) {
                    *started.borrow_mut() = true;
                    spawn_local(async move {
                        // let the comparison paint first
                        gloo_timers::future::TimeoutFuture::new(50).await;
                        let result = fetch(&base, career_schema::TITLES_FILE, |bytes| {
                            decode_titles(bytes, &index)
                        })
                        .await;
                        match result {
                            Ok(titles) => {
                                let mut extended: TitleSearch = (*search).clone();
                                extended.extend(&titles);
                                dispatcher.dispatch(Action::SearchReady(Shared::new(extended)));
                            }
                            Err(e) => dispatcher.dispatch(Action::TitlesFailed(e.to_string())),
                        }
                    });
                }
            }
        });
    }
}
