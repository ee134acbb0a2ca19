//! DOM look-ups that work both on a plain page and inside a shadow root (the embedded
//! `<career-compare>` element): ids are looked up in the instance's own root node, not in
//! `document`, and in-page links (footnotes) are followed inside the shadow root, where the
//! browser's own fragment navigation does not reach.

use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, Node, ShadowRoot};

/// The element with `id` in the same tree as `node` (its shadow root, or the document).
pub fn by_id(node: &Node, id: &str) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(fragment) = root.dyn_ref::<DocumentFragment>() {
        fragment.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<Document>() {
        document.get_element_by_id(id)
    } else {
        None
    }
}

/// Follows a click on an in-page link (`href="#…"`) inside a shadow root: scrolls to the target
/// and moves focus to it, without touching the page URL. On a plain page it does nothing and
/// the browser navigates as usual.
pub fn follow_in_page_link(event: &web_sys::MouseEvent) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Ok(Some(link)) = target.closest("a[href^='#']") else {
        return;
    };
    if !link.get_root_node().is_instance_of::<ShadowRoot>() {
        return;
    }
    let Some(id) = link.get_attribute("href").map(|h| h[1..].to_string()) else {
        return;
    };
    let Some(dest) = by_id(&link, &id) else {
        return;
    };
    event.prevent_default();
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    dest.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Some(el) = dest.dyn_ref::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
}

/// Whether `el` has keyboard focus (also inside a shadow root, where `document.activeElement`
/// is the host element).
pub fn is_focused(el: &Element) -> bool {
    el.matches(":focus").unwrap_or(false)
}
