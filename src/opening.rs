//! The opening comparison. The files a widget needs first (`index.json` and, for a linked pair
//! with well-formed codes, the two profession files) are requested as soon as the wasm starts,
//! before the first render. When they have all arrived within [`WAIT_MS`] (the usual case
//! when the page preloads them while the wasm downloads, as the demo page and the embed loader
//! do) the widget's first render is the comparison itself, rather than a skeleton that is
//! rendered, laid out and then replaced. Otherwise the widget mounts at once with its skeleton
//! and takes the results of the requests already under way as they arrive.

use crate::load::{fetch, log_failure, Failure, LoadError};
use crate::share_link::Selection;
use crate::shared::Shared;
use crate::state::{Action, AppState};
use career_schema::{area_file, decode_area_pay, decode_areas, is_area_code};
use career_schema::{decode_index, decode_profession, is_soc_code, profession_file};
use career_schema::{AreaIndex, AreaPay, DatasetIndex, Profession};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use yew::Reducible;

/// How long the first render waits for the opening files before showing the skeleton instead:
/// short enough that a slow network still sees the skeleton almost at once.
pub const WAIT_MS: u32 = 100;

type Loaded<T> = Result<Shared<T>, Failure>;
/// Called with a request's result.
type Then<T> = Box<dyn FnOnce(Loaded<T>)>;

/// A request under way: its result once it has arrived, and whoever is waiting for it.
/// (A callback list rather than a shareable future, for the wasm size budget: `futures`'
/// `Shared` and `join_all` cost more than this does; docs/performance.md has the figure.)
pub struct Pending<T> {
    result: RefCell<Option<Loaded<T>>>,
    waiting: RefCell<Vec<Then<T>>>,
}

impl<T: 'static> Pending<T> {
    /// Runs `request` and keeps its result.
    fn spawn(request: impl Future<Output = Loaded<T>> + 'static) -> Rc<Self> {
        let pending = Rc::new(Pending {
            result: RefCell::new(None),
            waiting: RefCell::new(Vec::new()),
        });
        let settled = pending.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = request.await;
            *settled.result.borrow_mut() = Some(result.clone());
            let waiting = std::mem::take(&mut *settled.waiting.borrow_mut());
            for then in waiting {
                then(result.clone());
            }
        });
        pending
    }

    /// A request that has already settled with `result`.
    pub fn ready(result: Loaded<T>) -> Rc<Self> {
        Rc::new(Pending {
            result: RefCell::new(Some(result)),
            waiting: RefCell::new(Vec::new()),
        })
    }

    /// The result, if it has arrived.
    pub fn peek(&self) -> Option<Loaded<T>> {
        self.result.borrow().clone()
    }

    /// Calls `then` with the result: now if it has arrived, else when it does.
    pub fn then(&self, then: impl FnOnce(Loaded<T>) + 'static) {
        match self.peek() {
            Some(result) => then(result),
            None => self.waiting.borrow_mut().push(Box::new(then)),
        }
    }
}

/// The opening requests of one widget instance.
pub struct Opening {
    pub index: Rc<Pending<DatasetIndex>>,
    /// The linked pair's files, by code (well-formed codes only, at most two).
    pub professions: Vec<(String, Rc<Pending<Profession>>)>,
    /// The linked area's pay file (a well-formed code only), decoded once the index is in.
    pub area: Option<(String, Rc<Pending<AreaPay>>)>,
}

/// Fetches and decodes `index.json`; a failure is logged once, here.
pub fn load_index(base: String, timeout_ms: u32) -> Rc<Pending<DatasetIndex>> {
    Pending::spawn(async move {
        let result = fetch(&base, career_schema::INDEX_FILE, timeout_ms, decode_index).await;
        if let Err(e) = &result {
            log_failure(e);
        }
        result.map(Shared::new).map_err(Rc::new)
    })
}

/// Fetches and decodes a profession's file. A failure is not logged here: it is logged once
/// the index has said whether the code is one of its own (see `use_dataset`).
pub fn load_profession(
    base: String,
    code: String,
    title: Option<String>,
    timeout_ms: u32,
) -> Rc<Pending<Profession>> {
    Pending::spawn(async move {
        let file = profession_file(&code);
        fetch(&base, &file, timeout_ms, |bytes| {
            decode_profession(&code, bytes)
        })
        .await
        .map(Shared::new)
        .map_err(|e| {
            Rc::new(LoadError::Profession {
                code: code.clone(),
                title,
                error: Rc::new(e),
            })
        })
    })
}

/// Fetches and decodes `areas.json`; a failure is logged once, here.
pub fn load_areas(
    base: String,
    index: Shared<DatasetIndex>,
    timeout_ms: u32,
) -> Rc<Pending<AreaIndex>> {
    Pending::spawn(async move {
        let file = career_schema::AREAS_FILE;
        let result = fetch(&base, file, timeout_ms, |b| decode_areas(b, &index)).await;
        logged(result)
    })
}

/// Fetches an area's pay file and decodes it once `index` has arrived (its states are checked
/// against the index's); a failure is logged once, here.
pub fn load_area(
    base: String,
    code: String,
    index: Rc<Pending<DatasetIndex>>,
    timeout_ms: u32,
) -> Rc<Pending<AreaPay>> {
    Pending::spawn(async move {
        let (send, receive) = futures_channel::oneshot::channel();
        index.then(move |ix| {
            let _ = send.send(ix);
        });
        let file = area_file(&code);
        let bytes = fetch(&base, &file, timeout_ms, |b| Ok(b.to_vec())).await;
        let result = match (bytes, receive.await) {
            (Ok(bytes), Ok(Ok(ix))) => decode_area_pay(&code, &bytes, &ix).map_err(LoadError::Data),
            (Err(e), _) => Err(e),
            // no index: the widget shows the index's failure instead
            (Ok(_), _) => Err(LoadError::Network {
                url: file,
                message: "index.json did not load".into(),
            }),
        };
        logged(result)
    })
}

/// A result as the state keeps it, its failure logged.
fn logged<T>(result: Result<T, LoadError>) -> Loaded<T> {
    if let Err(e) = &result {
        log_failure(e);
    }
    result.map(Shared::new).map_err(Rc::new)
}

impl Opening {
    /// Starts the requests for a widget showing `selection` from the dataset at `base`.
    pub fn start(base: &str, selection: &Selection, timeout_ms: u32) -> Self {
        let mut codes: Vec<&String> = [&selection.a, &selection.b]
            .into_iter()
            .flatten()
            .filter(|c| is_soc_code(c))
            .collect();
        codes.dedup();
        let index = load_index(base.to_string(), timeout_ms);
        let area = selection
            .area
            .as_ref()
            .filter(|c| is_area_code(c))
            .map(|c| {
                let pending = load_area(base.to_string(), c.clone(), index.clone(), timeout_ms);
                (c.clone(), pending)
            });
        Opening {
            index,
            area,
            professions: codes
                .into_iter()
                .map(|c| {
                    let pending = load_profession(base.to_string(), c.clone(), None, timeout_ms);
                    (c.clone(), pending)
                })
                .collect(),
        }
    }

    /// Calls `then` once: when every opening request has settled, or after [`WAIT_MS`],
    /// whichever comes first.
    pub fn when_settled_or_waited(&self, then: impl FnOnce() + 'static) {
        let then: Box<dyn FnOnce()> = Box::new(then);
        let once = Rc::new(Cell::new(Some(then)));
        let fire = move || {
            if let Some(then) = once.take() {
                then();
            }
        };
        let left = Rc::new(Cell::new(
            1 + self.professions.len() + usize::from(self.area.is_some()),
        ));
        let settled = {
            let fire = fire.clone();
            move || {
                left.set(left.get() - 1);
                if left.get() == 0 {
                    fire();
                }
            }
        };
        gloo_timers::callback::Timeout::new(WAIT_MS, fire).forget();
        let each = settled.clone();
        self.index.then(move |_| each());
        for (_, pending) in &self.professions {
            let each = settled.clone();
            pending.then(move |_| each());
        }
        if let Some((_, pending)) = &self.area {
            pending.then(move |_| settled());
        }
    }

    /// The state to open with: `initial`, plus whichever results are already in, applied as the
    /// reducer applies them when they arrive later.
    pub fn state(&self, initial: Selection) -> AppState {
        let mut state = Rc::new(AppState::new(initial));
        for (code, pending) in &self.professions {
            state = state.reduce(Action::ProfessionRequested(code.clone()));
            if let Some(result) = pending.peek() {
                state = state.reduce(Action::ProfessionLoaded(code.clone(), result));
            }
        }
        if let Some((code, pending)) = &self.area {
            state = state.reduce(Action::AreaRequested(code.clone()));
            if let Some(result) = pending.peek() {
                state = state.reduce(Action::AreaLoaded(code.clone(), result));
            }
        }
        if let Some(result) = self.index.peek() {
            state = state.reduce(Action::IndexLoaded(result));
        }
        Rc::unwrap_or_clone(state)
    }
}
