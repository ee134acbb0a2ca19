//! Entry point: installs the panic panel and mounts the widget into `#career-compare`, reading
//! its `data-*` attributes (see [`app::AppProps::from_element`]).

mod app;
mod components;
mod dataset;
mod hooks;
mod panic_panel;
mod share_link;
mod shared;
mod state;

fn main() {
    panic_panel::install(app::MOUNT_ID);
    let Some(root) = gloo_utils::document().get_element_by_id(app::MOUNT_ID) else {
        web_sys::console::error_1(
            &format!(
                "career-compare: no element with id \"{}\" to mount into",
                app::MOUNT_ID
            )
            .into(),
        );
        return;
    };
    let props = app::AppProps::from_element(&root);
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
}
