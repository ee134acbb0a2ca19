//! A panic hook that replaces the widget with an error panel (the panic message and a "Reload"
//! button) instead of leaving a blank or frozen page. It writes into the mount element with
//! web-sys directly, since Yew may no longer be running.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Installs the hook for the widget mounted at the element with id `mount_id`.
pub fn install(mount_id: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("career-compare panicked: {message}").into());
        let _ = show(mount_id, &message);
    }));
}

fn show(mount_id: &str, message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let root = document.get_element_by_id(mount_id)?;
    root.set_text_content(None);
    root.set_attribute("aria-busy", "false").ok()?;
    let wrap = document.create_element("div").ok()?;
    wrap.set_class_name("career-compare");
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("cc-error");
    panel.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h2").ok()?;
    heading.set_text_content(Some("The comparison stopped working"));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&format!("An internal error occurred: {message}")));
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
    Some(())
}
