//! Keeps the page URL (`?a=…&b=…&state=…`) in step with the selection: pushes a history entry
//! for a user's change, replaces it when normalising what the URL said, and restores the
//! selection on back/forward.

use crate::share_link;
use crate::state::{Action, AppState, UrlWrite};
use gloo_events::EventListener;
use yew::prelude::*;

#[hook]
pub fn use_share_link(enabled: bool, state: UseReducerHandle<AppState>) {
    // back/forward
    {
        let dispatcher = state.dispatcher();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled.then(|| {
                EventListener::new(&gloo_utils::window(), "popstate", move |_| {
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
            if enabled {
                match mode {
                    UrlWrite::Keep => {}
                    UrlWrite::Push => share_link::write(&selection, true),
                    UrlWrite::Replace => share_link::write(&selection, false),
                }
            }
        });
    }
}
