//! Entry point: installs the panic panel and, on the demo page, mounts the widget into
//! `#career-compare`, reading its `data-*` attributes (see [`app::AppProps::from_element`]),
//! once its opening files are in or [`opening::WAIT_MS`] has passed.
//! On any other page it mounts nothing: the `<career-compare>` element's loader
//! (`src/embed/career-compare.js`) mounts instances through [`embed::mount`].

mod app;
mod components;
mod dom;
mod embed;
mod hooks;
mod load;
mod opening;
mod panic_panel;
mod perf;
mod schedule;
mod share_link;
mod shared;
mod state;

fn main() {
    panic_panel::install();
    let Some(root) = gloo_utils::document().get_element_by_id(app::MOUNT_ID) else {
        return;
    };
    let mut props = app::AppProps::from_element(&root);
    panic_panel::register(&root, false);
    let timeout = hooks::timeout_for(&root);
    let opening = opening::Opening::start(&props.dataset_url, &props.initial, timeout);
    let opening = shared::Shared::new(opening);
    props.opening = Some(opening.clone());
    opening.when_settled_or_waited(move || {
        yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    });
}
