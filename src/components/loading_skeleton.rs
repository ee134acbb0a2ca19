//! The shape of a comparison while its files load (aria-busy="true").

use super::h::{el, list, none, sa, txt, Static};
use yew::prelude::*;

/// The skeleton. A plain view function, not a component: it has no state and no props.
pub fn loading_skeleton() -> Html {
    let block = |attrs: Static| el("div", attrs, none());
    let row = || {
        let span = |attrs: Static| el("span", attrs, none());
        el(
            "div",
            sa!("class" = "cc-skeleton-row"),
            list(vec![
                span(sa!("class" = "cc-skeleton-block cc-skeleton-label")),
                span(sa!("class" = "cc-skeleton-block")),
                span(sa!("class" = "cc-skeleton-block")),
            ]),
        )
    };
    el(
        "div",
        sa!("aria-busy" = "true", "class" = "cc-skeleton"),
        list(vec![
            el(
                "p",
                sa!("role" = "status", "class" = "cc-visually-hidden"),
                txt("Loading the comparison…"),
            ),
            block(sa!("class" = "cc-skeleton-block cc-skeleton-heading")),
            block(sa!("class" = "cc-skeleton-block cc-skeleton-line")),
            block(sa!(
                "class" = "cc-skeleton-block cc-skeleton-line cc-skeleton-short"
            )),
            el(
                "div",
                sa!("class" = "cc-skeleton-table"),
                list((0..6).map(|_| row()).collect()),
            ),
        ]),
    )
}
