//! Keeps the page URL (`?a=…&b=…&state=…`) in step with the selection: pushes a history entry
//! for a user's change, replaces it when normalising what the URL said, and restores the
//! selection on back/forward.
//!
//! The URL is written after the changed comparison has been painted (the next animation frame,
//! then a task; or after 100 ms in a hidden tab): `history.pushState` takes several
//! milliseconds in Chromium, and written in the same task as the render it delayed the swapped
//! or newly chosen comparison's paint by as much.

use crate::share_link::{self, Selection};
use crate::state::{Action, AppState, UrlWrite};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A URL write waiting for the next paint: the selection and whether to push.
type Pending = Rc<RefCell<Option<(Selection, bool)>>>;

fn flush(pending: &Pending) {
    // taken before writing: the write must not hold the borrow
    let write = pending.borrow_mut().take();
    if let Some((selection, push)) = write {
        share_link::write(&selection, push);
    }
}

/// Runs `flush` after the next paint (see [`crate::schedule::after_paint`]).
fn after_next_paint(pending: Pending) {
    wasm_bindgen_futures::spawn_local(async move {
        crate::schedule::after_paint().await;
        flush(&pending);
    });
}

#[hook]
pub fn use_share_link(enabled: bool, state: UseReducerHandle<AppState>) {
    let pending: Pending = use_mut_ref(|| None);
    // back/forward
    {
        let dispatcher = state.dispatcher();
        let pending = pending.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo_utils::window(), "popstate", move |_| {
                    // the history entry moved on: a write not made yet is for a page left behind
                    pending.borrow_mut().take();
                    dispatcher.dispatch(Action::Restore(share_link::current()));
                })
            });
            move || drop(listener)
        });
    }
    // selection → URL
    {
        let selection = state.selection.clone();
        let mode = state.url_write;
        use_effect_with(state.url_seq, move |_| {
            let push = match mode {
                _ if !enabled => None,
                UrlWrite::Keep => None,
                UrlWrite::Push => Some(true),
                UrlWrite::Replace => Some(false),
            };
            if let Some(push) = push {
                *pending.borrow_mut() = Some((selection, push));
                after_next_paint(pending.clone());
            }
            // One write per change, in order: a write still waiting when the next change comes
            // (or the instance is removed) is made then.
            move || flush(&pending)
        });
    }
}
