//! The `<career-compare>` custom element's side in Rust: `mount` renders an [`App`] into a
//! container the loader (`src/embed/career-compare.js`) made inside the element's open shadow
//! root; the returned [`EmbedHandle`] updates its props when attributes change and unmounts it
//! when the element is removed. The demo page's `#career-compare` does not use this.
//!
//! The configuration is a plain JS object:
//! `{ id, dataset, a, b, state, area, syncUrl, onChange, onReady, onError }` — `id` prefixes
//! element ids, `dataset` is the dataset folder's URL, `a`/`b`/`state`/`area` the pair and place
//! to show, `syncUrl` reads and writes `?a=…&b=…&state=…` (or `&area=…`) in the page URL,
//! `onChange(detail)` is called on each change the user makes, with
//! `{ a, b, aTitle, bTitle, state, area, areaName }` (null where nothing is chosen),
//! `onReady(compared)` once the first comparison (true) or the empty state (false) is on
//! screen, and `onError({ kind, message, url })` for each error the instance shows.

use crate::app::{App, AppProps, Change};
use crate::hooks::{HostEvents, Shown};
use crate::opening::Opening;
use crate::panic_panel;
use crate::share_link::{self, Selection};
use crate::shared::Shared;
use js_sys::Function;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback};

/// The configuration the loader passes (see the module's documentation).
struct Config {
    id: Option<String>,
    dataset: Option<String>,
    a: Option<String>,
    b: Option<String>,
    state: Option<String>,
    area: Option<String>,
    sync_url: bool,
    on_change: JsValue,
    on_ready: JsValue,
    on_error: JsValue,
}

impl Config {
    /// Reads the loader's object (a value that is not a string counts as absent).
    // By hand, not serde-wasm-bindgen, for the wasm size budget: its deserializer links f64's
    // Display (measured in docs/performance.md).
    fn from_js(config: JsValue) -> Self {
        let get = |key: &str| js_sys::Reflect::get(&config, &key.into()).unwrap_or_default();
        Config {
            id: get("id").as_string(),
            dataset: get("dataset").as_string(),
            a: get("a").as_string(),
            b: get("b").as_string(),
            state: get("state").as_string(),
            area: get("area").as_string(),
            sync_url: get("syncUrl").is_truthy(),
            on_change: get("onChange"),
            on_ready: get("onReady"),
            on_error: get("onError"),
        }
    }

    fn selection(&self) -> Selection {
        Selection {
            a: text(&self.a),
            b: text(&self.b),
            ..Selection::default()
        }
        .with_place(text(&self.area).or_else(|| text(&self.state)))
    }
}

/// A configured text, trimmed; empty is none.
fn text(value: &Option<String>) -> Option<String> {
    let value = value.as_deref()?.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The `career-compare:change` event's detail: a user's change of the pair or place.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Detail<'a> {
    a: Option<&'a str>,
    b: Option<&'a str>,
    a_title: Option<&'a str>,
    b_title: Option<&'a str>,
    state: Option<&'a str>,
    area: Option<&'a str>,
    area_name: Option<&'a str>,
}

fn detail(change: &Change) -> JsValue {
    let detail = Detail {
        a: change.selection.a.as_deref(),
        b: change.selection.b.as_deref(),
        a_title: change.a_title.as_deref(),
        b_title: change.b_title.as_deref(),
        state: change.selection.state.as_deref(),
        area: change.selection.area.as_deref(),
        area_name: change.area_name.as_deref(),
    };
    // null, not undefined, where nothing is chosen
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    detail.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The host's callbacks for `onReady` and `onError` (absent unless they are functions).
fn host_events(config: &Config) -> HostEvents {
    let function = |v: &JsValue| v.dyn_ref::<Function>().cloned();
    HostEvents {
        ready: function(&config.on_ready).map(|f| {
            Callback::from(move |compared: bool| {
                let _ = f.call1(&JsValue::NULL, &compared.into());
            })
        }),
        error: function(&config.on_error).map(|f| {
            Callback::from(move |e: Shown| {
                let detail = js_sys::Object::new();
                for (key, value) in [("kind", e.kind), ("message", &e.message), ("url", &e.url)] {
                    let _ = js_sys::Reflect::set(&detail, &key.into(), &value.into());
                }
                let _ = f.call1(&JsValue::NULL, &detail);
            })
        }),
    }
}

/// `props` with their opening requests started: now, rather than when the first render's
/// effects would ask.
fn opened(mut props: AppProps, container: &Element) -> AppProps {
    let timeout = crate::hooks::timeout_for(container);
    let opening = Opening::start(&props.dataset_url, &props.initial, timeout);
    props.opening = Some(Shared::new(opening));
    props
}

/// One mounted `<career-compare>` instance.
#[wasm_bindgen]
pub struct EmbedHandle {
    container: Element,
    app: Option<AppHandle<App>>,
    props: AppProps,
    /// The pair and place the attributes last said.
    attrs: Selection,
}

fn props_from(config: &Config, on_change: Option<Callback<Change>>) -> AppProps {
    let sync_url = config.sync_url;
    let attrs = config.selection();
    // With URL sync, a pair or place in the page URL wins over the attributes.
    let initial = match sync_url.then(share_link::current) {
        Some(url) if url != Selection::default() => url,
        _ => attrs,
    };
    AppProps {
        id: text(&config.id)
            .unwrap_or_else(|| "career-compare".into())
            .into(),
        dataset_url: text(&config.dataset)
            .unwrap_or_else(|| "data/".into())
            .into(),
        sync_url,
        initial,
        initial_seq: 0,
        embedded: true,
        on_change,
        opening: None,
        events: host_events(config),
    }
}

/// Mounts an instance into `container` (an element in the custom element's shadow root).
#[wasm_bindgen]
pub fn mount(container: Element, config: JsValue) -> EmbedHandle {
    let config = Config::from_js(config);
    let on_change = config.on_change.dyn_ref::<Function>().cloned().map(|f| {
        Callback::from(move |change: Change| {
            let _ = f.call1(&JsValue::NULL, &detail(&change));
        })
    });
    let props = opened(props_from(&config, on_change), &container);
    panic_panel::register(&container, true);
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render();
    EmbedHandle {
        container,
        app: Some(app),
        props,
        attrs: config.selection(),
    }
}

#[wasm_bindgen]
impl EmbedHandle {
    /// Applies a new configuration (the element's attributes changed). A new dataset URL
    /// starts the instance afresh; a new pair or place is shown as if the host had linked it.
    pub fn update(&mut self, config: JsValue) {
        let config = Config::from_js(config);
        let mut next = props_from(&config, self.props.on_change.clone());
        // the same callbacks (the loader's are the same functions): not a change of props
        next.events = self.props.events.clone();
        if next.dataset_url != self.props.dataset_url {
            if let Some(app) = self.app.take() {
                app.destroy();
            }
            self.container.set_text_content(None);
            next = opened(next, &self.container);
            self.app = Some(
                yew::Renderer::<App>::with_root_and_props(self.container.clone(), next.clone())
                    .render(),
            );
            self.props = next;
            self.attrs = config.selection();
            return;
        }
        // the requests the instance opened with stay its own (not a change of props)
        next.opening = self.props.opening.clone();
        let attrs = config.selection();
        if attrs != self.attrs {
            next.initial = attrs.clone();
            next.initial_seq = self.props.initial_seq.wrapping_add(1);
        } else {
            next.initial = self.props.initial.clone();
            next.initial_seq = self.props.initial_seq;
        }
        self.attrs = attrs;
        if next != self.props {
            if let Some(app) = self.app.as_mut() {
                app.update(next.clone());
            }
            self.props = next;
        }
    }

    /// Unmounts the instance and frees it (the element was removed from the page).
    pub fn unmount(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        panic_panel::unregister(&self.container);
        self.container.set_text_content(None);
    }
}
