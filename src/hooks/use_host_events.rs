//! What a host page can monitor (the `<career-compare>` element's `career-compare:ready` and
//! `career-compare:error` events, dispatched by the loader): that the first comparison or the
//! empty state is on screen, once per mount, and each error the instance shows, once each time
//! it is shown.

use crate::load::{Failure, LoadError};
use crate::state::{AppState, Load};
use std::rc::Rc;
use yew::prelude::*;

/// An error the instance shows, for the host's `career-compare:error` event.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// "http", "timeout", "network", "cut-off" or "data" ([`LoadError::kind`]).
    pub kind: &'static str,
    /// The panel's message, as the reader sees it.
    pub message: String,
    /// The file that failed.
    pub url: String,
}

/// The host's callbacks: `ready(compared)` (true: a comparison, false: the empty state) and
/// `error(shown)`.
#[derive(Clone, PartialEq, Default)]
pub struct HostEvents {
    pub ready: Option<Callback<bool>>,
    pub error: Option<Callback<Shown>>,
}

/// What the body shows, as far as the host is told: a comparison, the empty state, or neither
/// yet (loading or an error).
fn ready_view(state: &AppState) -> Option<bool> {
    state.index()?;
    let file = |code: &Option<String>| code.as_ref().map(|c| state.professions.get(c));
    match (file(&state.selection.a), file(&state.selection.b)) {
        (Some(Some(Load::Ready(_))), Some(Some(Load::Ready(_)))) => Some(true),
        (Some(_), Some(_)) => None,
        _ => Some(false),
    }
}

/// The failures on screen: the index's (then nothing else shows), else the chosen
/// professions', and the alternate titles'.
fn failures(state: &AppState) -> Vec<Failure> {
    let mut shown = Vec::new();
    if let Load::Failed(e) = &state.index {
        shown.push(e.clone());
    } else if state.index().is_some() {
        for code in [&state.selection.a, &state.selection.b]
            .into_iter()
            .flatten()
        {
            if let Some(Load::Failed(e)) = state.professions.get(code) {
                shown.push(e.clone());
            }
        }
    }
    shown.extend(state.titles_error.clone());
    shown
}

/// One effect for both events (an effect each cost its own code in the wasm): it runs when
/// what is on screen changes or the failures shown do.
#[hook]
pub fn use_host_events(events: &HostEvents, state: &AppState) {
    // whether ready was told, and the failures told
    let told = use_mut_ref(|| (false, Vec::<Failure>::new()));
    let events = events.clone();
    use_effect_with((ready_view(state), failures(state)), move |(view, now)| {
        let mut told = told.borrow_mut();
        if let (Some(compared), Some(ready), false) = (*view, events.ready, told.0) {
            told.0 = true;
            // told once it has been painted: "on screen"
            wasm_bindgen_futures::spawn_local(async move {
                crate::schedule::after_paint().await;
                ready.emit(compared);
            });
        }
        // A failure shown again after Retry is a new one (a new `Rc`); the state passes
        // through loading in between, so the effect runs for it.
        let new: Vec<Shown> = now
            .iter()
            .filter(|e| !told.1.iter().any(|t| Rc::ptr_eq(t, e)))
            .map(|e| shown(e))
            .collect();
        told.1 = now.clone();
        // (not borrowed while the page's listeners run)
        drop(told);
        if let Some(error) = &events.error {
            for e in new {
                error.emit(e);
            }
        }
    });
}

fn shown(e: &LoadError) -> Shown {
    Shown {
        kind: e.kind(),
        message: e.to_string(),
        url: e.url().to_string(),
    }
}
