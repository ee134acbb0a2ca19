//! A panic hook that replaces the widget with an error panel (the panic message and a "Reload"
//! button) instead of leaving a blank or frozen page. It writes into the mount elements with
//! web-sys directly, since Yew may no longer be running.
//!
//! Every mounted instance (the demo page's `#career-compare` and each `<career-compare>`
//! element) registers its mount element. The panel goes to the instance the reader was using
//! (the one holding the focus: a panic comes from handling its input); when no instance has
//! the focus (a panic while loading), to every instance. The others keep running: a release
//! build aborts only the call that panicked, not the WebAssembly instance they share.

use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

thread_local! {
    /// Mounted instances: (mount element, embedded in a shadow root).
    static ROOTS: RefCell<Vec<(Element, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once, at start-up). Through Yew's setter: a hook set with
/// `std::panic::set_hook` is replaced by Yew's console-only hook when the first app renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        gloo_console::error!(format!("career-compare panicked: {message}"));
        let roots = ROOTS.with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default());
        for (root, embedded) in where_it_happened(roots) {
            let _ = show(&root, embedded, &message);
        }
    }));
}

/// The instances holding the focus, or all of them when none does.
fn where_it_happened(roots: Vec<(Element, bool)>) -> Vec<(Element, bool)> {
    let Some(focused) = gloo_utils::document().active_element() else {
        return roots;
    };
    let holds_focus = |(root, embedded): &(Element, bool)| {
        // Focus inside a shadow root shows on the page as its host element.
        let scope = match embedded {
            true => root
                .get_root_node()
                .dyn_into::<web_sys::ShadowRoot>()
                .map(|s| s.host())
                .unwrap_or_else(|_| root.clone()),
            false => root.clone(),
        };
        scope.contains(Some(focused.as_ref()))
    };
    if roots.iter().any(holds_focus) {
        roots.into_iter().filter(holds_focus).collect()
    } else {
        roots
    }
}

/// Test-only, behind the cargo feature `panic-trigger` that no shipped build enables: panics
/// with `message`, so the browser tests can check the panel (`tests/browser/panic.test.mjs`).
#[cfg(feature = "panic-trigger")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_for_test(message: &str) {
    panic!("{message}");
}

/// Shows the panel in `root` should the widget panic.
pub fn register(root: &Element, embedded: bool) {
    ROOTS.with(|r| r.borrow_mut().push((root.clone(), embedded)));
}

/// Forgets `root` (its instance was unmounted).
pub fn unregister(root: &Element) {
    ROOTS.with(|r| {
        r.borrow_mut()
            .retain(|(el, _)| !el.is_same_node(Some(root.as_ref())))
    });
}

fn show(root: &Element, embedded: bool, message: &str) -> Option<()> {
    let document = root.owner_document()?;
    root.set_text_content(None);
    root.set_attribute("aria-busy", "false").ok()?;
    let wrap = document.create_element("div").ok()?;
    wrap.set_class_name(if embedded {
        "career-compare cc-embedded"
    } else {
        "career-compare"
    });
    wrap.set_attribute("lang", "en").ok()?;
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("cc-error");
    panel.set_attribute("part", "error").ok()?;
    panel.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some("The comparison stopped working"));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&format!(
        "An internal error occurred: {message}. Reload the page to start again."
    )));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("cc-button");
    button.set_text_content(Some("Reload"));
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button
        .dyn_ref::<web_sys::HtmlElement>()?
        .set_onclick(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    panel.append_child(&heading).ok()?;
    panel.append_child(&text).ok()?;
    panel.append_child(&button).ok()?;
    wrap.append_child(&panel).ok()?;
    root.append_child(&wrap).ok()?;
    if embedded {
        tell_host(root, message);
    }
    Some(())
}

/// The host page's `career-compare:error` event for a panic (kind "panic", no file).
fn tell_host(root: &Element, message: &str) -> Option<()> {
    let host = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()?
        .host();
    let detail = js_sys::Object::new();
    for (key, value) in [
        ("kind", "panic".into()),
        ("message", message.into()),
        ("url", wasm_bindgen::JsValue::NULL),
    ] {
        js_sys::Reflect::set(&detail, &key.into(), &value).ok()?;
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let event =
        web_sys::CustomEvent::new_with_event_init_dict("career-compare:error", &init).ok()?;
    host.dispatch_event(&event).ok()?;
    Some(())
}
