//! The shape of a comparison while its files load (aria-busy="true").

use super::markup::{attrs, element, list, nothing, text, Static};
use yew::prelude::*;

/// The skeleton. A plain view function, not a component: it has no state and no props.
pub fn loading_skeleton() -> Html {
    let block = |attrs: Static| element("div", attrs, nothing());
    let row = || {
        let span = |attrs: Static| element("span", attrs, nothing());
        element(
            "div",
            attrs!("class" = "cc-skeleton-row"),
            list(vec![
                span(attrs!("class" = "cc-skeleton-block cc-skeleton-label")),
                span(attrs!("class" = "cc-skeleton-block")),
                span(attrs!("class" = "cc-skeleton-block")),
            ]),
        )
    };
    element(
        "div",
        attrs!("aria-busy" = "true", "class" = "cc-skeleton"),
        list(vec![
            element(
                "p",
                attrs!("role" = "status", "class" = "cc-visually-hidden"),
                text("Loading the comparison…"),
            ),
            block(attrs!("class" = "cc-skeleton-block cc-skeleton-heading")),
            block(attrs!("class" = "cc-skeleton-block cc-skeleton-line")),
            block(attrs!(
                "class" = "cc-skeleton-block cc-skeleton-line cc-skeleton-short"
            )),
            element(
                "div",
                attrs!("class" = "cc-skeleton-table"),
                list((0..6).map(|_| row()).collect()),
            ),
        ]),
    )
}
