//! Local pay's files: `areas.json` once the place picker has had focus (never before a
//! comparison), and the chosen area's pay file (the opening's request for a linked area).

use super::use_dataset::timeout_ms;
use crate::opening::{load_area, load_areas, Opening, Pending};
use crate::shared::Shared;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[hook]
pub fn use_local_pay(
    dataset_url: AttrValue,
    root: NodeRef,
    state: &AppState,
    dispatcher: UseReducerDispatcher<AppState>,
    opening: Option<Shared<Opening>>,
) {
    use_area_list(dataset_url.clone(), root.clone(), state, dispatcher.clone());
    use_area_file(dataset_url, root, state, dispatcher, opening);
}

/// `areas.json`, when wanted and the dataset has one (again after a Retry that followed a
/// failure).
#[hook]
fn use_area_list(
    dataset_url: AttrValue,
    root: NodeRef,
    state: &AppState,
    dispatcher: UseReducerDispatcher<AppState>,
) {
    let index = state.index().cloned();
    let wanted = state.areas_wanted && state.areas.is_none();
    use_effect_with((index, wanted), move |(index, wanted)| {
        if let (Some(index), true) = (index.clone(), *wanted) {
            if index.areas > 0 {
                dispatcher.dispatch(Action::AreasRequested);
                load_areas(dataset_url.to_string(), index, timeout_ms(&root))
                    .then(move |result| dispatcher.dispatch(Action::AreasLoaded(result)));
            }
        }
    });
}

/// The chosen area's pay file, once the index is in: the opening's request for a linked
/// area, else a request of its own (again after Retry).
#[hook]
fn use_area_file(
    dataset_url: AttrValue,
    root: NodeRef,
    state: &AppState,
    dispatcher: UseReducerDispatcher<AppState>,
    opening: Option<Shared<Opening>>,
) {
    let index = state.index().cloned();
    let code = state.selection.area.clone();
    let requested = code
        .as_ref()
        .is_some_and(|c| state.area_files.get(c).is_some());
    let attempt = state.profession_attempt;
    use_effect_with(
        (index, code, requested, attempt),
        move |(index, code, requested, attempt)| {
            let (Some(index), Some(code)) = (index.clone(), code.clone()) else {
                return;
            };
            // whatever it settled with, also before this effect ran; a Retry asks anew
            let from_opening = opening
                .as_ref()
                .and_then(|o| o.area.as_ref())
                .filter(|(c, _)| *c == code && *attempt == 0);
            let pending = match (from_opening, requested) {
                // the opening's request is in the state already: take its result
                (Some((_, pending)), _) => pending.clone(),
                (None, true) => return,
                (None, false) => {
                    dispatcher.dispatch(Action::AreaRequested(code.clone()));
                    let ix = Pending::ready(Ok(index));
                    load_area(dataset_url.to_string(), code.clone(), ix, timeout_ms(&root))
                }
            };
            pending.then(move |result| dispatcher.dispatch(Action::AreaLoaded(code, result)));
        },
    );
}
