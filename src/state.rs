//! The widget's state and the reducer that changes it: the dataset index, the title search, the
//! two chosen professions and place, the loaded profession files, notices, and how the page URL
//! should follow a change (push for a user's change, replace for load-time normalisation).

use crate::load::{name_profession, Failure};
use crate::share_link::Selection;
use crate::shared::Shared;
use career_comparison::{Side, TitleSearch};
use career_schema::{is_soc_code, DatasetIndex, Profession, TextMap};
use std::rc::Rc;
use yew::Reducible;

/// A file being fetched, fetched, or failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(Failure),
}

/// The profession files requested so far, by code: a handful of entries, in a sorted list
/// (the dataset's own map type) rather than a hash map, whose code is large in the wasm.
pub type Files = TextMap<Load<Shared<Profession>>>;

/// How the page URL should follow the latest change of the selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlWrite {
    /// Leave the URL alone (the change came from the URL).
    Keep,
    /// Add a history entry (a user's change).
    Push,
    /// Rewrite the current entry (normalising what the URL said).
    Replace,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub index: Load<Shared<DatasetIndex>>,
    /// Bumped by Retry so the index request runs again.
    pub index_attempt: u32,
    pub search: Option<Shared<TitleSearch>>,
    /// The alternate titles could not be loaded (search still works on main titles).
    pub titles_error: Option<Failure>,
    /// Bumped by Retry after a titles failure so `titles.json` is requested again.
    pub titles_attempt: u32,
    /// Someone is about to search (a picker got focus): the search index is built and
    /// `titles.json` fetched only then, so a page that just shows a comparison neither
    /// downloads the 64,000 alternate titles nor spends main-thread time indexing titles.
    pub search_wanted: bool,
    pub selection: Selection,
    pub professions: Files,
    /// Bumped by Retry so failed profession requests run again.
    pub profession_attempt: u32,
    /// Messages for the status region (e.g. an unknown code in the link).
    pub notices: Vec<String>,
    pub url_write: UrlWrite,
    /// Bumped on every selection change, so the URL effect runs once per change.
    pub url_seq: u32,
}

impl AppState {
    pub fn new(initial: Selection) -> Self {
        AppState {
            index: Load::Loading,
            index_attempt: 0,
            search: None,
            titles_error: None,
            titles_attempt: 0,
            search_wanted: false,
            selection: initial,
            professions: Files::default(),
            profession_attempt: 0,
            notices: Vec::new(),
            url_write: UrlWrite::Keep,
            url_seq: 0,
        }
    }

    pub fn index(&self) -> Option<&Shared<DatasetIndex>> {
        match &self.index {
            Load::Ready(ix) => Some(ix),
            _ => None,
        }
    }

    pub fn code(&self, side: Side) -> Option<&str> {
        match side {
            Side::A => self.selection.a.as_deref(),
            Side::B => self.selection.b.as_deref(),
        }
    }

    /// The main title of a code, if the index is loaded and has it.
    pub fn title(&self, code: &str) -> Option<String> {
        let ix = self.index()?;
        ix.professions.find(code).map(|p| p.title.to_string())
    }
}

pub enum Action {
    IndexLoaded(Result<Shared<DatasetIndex>, Failure>),
    SearchReady(Shared<TitleSearch>),
    TitlesFailed(Failure),
    /// A picker got focus: build the search and load the alternate titles if not done yet.
    SearchWanted,
    ProfessionRequested(String),
    ProfessionLoaded(String, Result<Shared<Profession>, Failure>),
    /// The user chose (or cleared) one profession.
    Pick(Side, Option<String>),
    /// The user chose a suggested pair.
    PickPair(String, String),
    Swap,
    /// The user chose a place ("" or None = national).
    SetPlace(Option<String>),
    /// The URL changed (back/forward).
    Restore(Selection),
    Retry,
}

impl AppState {
    /// Drops codes and places the index does not know, with a notice for each.
    fn normalise(&mut self) -> bool {
        let Some(ix) = self.index().cloned() else {
            return false;
        };
        let mut changed = false;
        for slot in [&mut self.selection.a, &mut self.selection.b] {
            if let Some(code) = slot.clone() {
                if ix.professions.find(&code).is_none() {
                    let shown: String = code.chars().take(40).collect();
                    self.notices.push(if is_soc_code(&code) {
                        format!("No profession with code {shown} in this dataset")
                    } else {
                        format!("No profession with code {shown} in this dataset (codes look like 13-2072)")
                    });
                    *slot = None;
                    changed = true;
                }
            }
        }
        if let Some(st) = self.selection.state.clone() {
            if !ix.states.iter().any(|s| s.code == st) {
                let shown: String = st.chars().take(20).collect();
                self.notices.push(format!(
                    "No place with code {shown} in this dataset; showing national pay"
                ));
                self.selection.state = None;
                changed = true;
            }
        }
        changed
    }

    fn user_change(&mut self) {
        self.notices.clear();
        self.url_write = UrlWrite::Push;
        self.url_seq = self.url_seq.wrapping_add(1);
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if matches!(action, Action::SearchWanted) && self.search_wanted {
            return self; // nothing changes: no re-render
        }
        let mut s = (*self).clone();
        match action {
            Action::IndexLoaded(Ok(ix)) => {
                s.index = Load::Ready(ix);
                // files fetched alongside the index: their errors can now name the profession
                let codes: Vec<String> = s.professions.keys().cloned().collect();
                for code in codes {
                    let title = s.title(&code);
                    if let Some(Load::Failed(e)) = s.professions.get_mut(&code) {
                        name_profession(e, title);
                    }
                }
                if s.normalise() {
                    s.url_write = UrlWrite::Replace;
                    s.url_seq = s.url_seq.wrapping_add(1);
                }
            }
            Action::IndexLoaded(Err(e)) => s.index = Load::Failed(e),
            Action::SearchReady(search) => s.search = Some(search),
            Action::TitlesFailed(e) => s.titles_error = Some(e),
            Action::SearchWanted => s.search_wanted = true,
            Action::ProfessionRequested(code) => {
                s.professions.insert(code, Load::Loading);
            }
            Action::ProfessionLoaded(code, result) => {
                let title = s.title(&code);
                s.professions.insert(
                    code,
                    match result {
                        Ok(p) => Load::Ready(p),
                        Err(mut e) => {
                            name_profession(&mut e, title);
                            Load::Failed(e)
                        }
                    },
                );
            }
            Action::Pick(side, code) => {
                match side {
                    Side::A => s.selection.a = code,
                    Side::B => s.selection.b = code,
                }
                s.user_change();
            }
            Action::PickPair(a, b) => {
                s.selection.a = Some(a);
                s.selection.b = Some(b);
                s.user_change();
            }
            Action::Swap => {
                let sel = &mut s.selection;
                std::mem::swap(&mut sel.a, &mut sel.b);
                s.user_change();
            }
            Action::SetPlace(place) => {
                s.selection.state = place.filter(|p| !p.is_empty());
                s.user_change();
            }
            Action::Restore(sel) => {
                s.notices.clear();
                s.selection = sel;
                s.url_write = UrlWrite::Keep;
                if s.normalise() {
                    s.url_write = UrlWrite::Replace;
                }
                s.url_seq = s.url_seq.wrapping_add(1);
            }
            Action::Retry => {
                if matches!(s.index, Load::Failed(_)) {
                    s.index = Load::Loading;
                    s.index_attempt += 1;
                }
                s.professions.retain(|_, v| !matches!(v, Load::Failed(_)));
                s.profession_attempt += 1;
                if s.titles_error.take().is_some() {
                    s.titles_attempt += 1;
                }
            }
        }
        Rc::new(s)
    }
}
