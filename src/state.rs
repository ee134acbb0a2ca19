//! The widget's state and the reducer that changes it: the dataset index, the title search, the
//! two chosen professions and place, the loaded profession files, notices, and how the page URL
//! should follow a change (push for a user's change, replace for load-time normalisation).

use crate::load::{name_profession, Failure};
use crate::share_link::Selection;
use crate::shared::Shared;
use career_comparison::{Side, TitleSearch};
use career_schema::{is_soc_code, AreaIndex, AreaPay, DatasetIndex, Profession, TextMap};
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

/// The area pay files requested so far, by OEWS area code.
pub type AreaFiles = TextMap<Load<Shared<AreaPay>>>;

/// The chosen place as the compared view takes it.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceChoice {
    National,
    /// A USPS code the index lists.
    State(String),
    /// An OEWS area: its description once its file or the area list has it, and its file.
    Area {
        code: String,
        area: Option<career_schema::Area>,
        file: Option<Load<Shared<AreaPay>>>,
    },
}

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
    /// `areas.json`, once requested: it comes with the place picker (focus), or to tell an
    /// unknown area code from a missing file, never before a comparison.
    pub areas: Option<Load<Shared<AreaIndex>>>,
    /// The place picker got focus (or an area file failed): `areas.json` is wanted.
    pub areas_wanted: bool,
    pub area_files: AreaFiles,
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
            areas: None,
            areas_wanted: false,
            area_files: AreaFiles::default(),
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

    /// The chosen area, as its pay file or the area list describes it.
    pub fn area(&self) -> Option<&career_schema::Area> {
        let code = self.selection.area.as_deref()?;
        if let Some(Load::Ready(file)) = self.area_files.get(code) {
            return Some(&file.area);
        }
        self.area_list()?.areas.iter().find(|a| a.code == code)
    }

    /// The chosen place, with what has loaded of it.
    pub fn place_choice(&self) -> PlaceChoice {
        match (&self.selection.area, &self.selection.state) {
            (Some(code), _) => PlaceChoice::Area {
                code: code.clone(),
                area: self.area().cloned(),
                file: self.area_files.get(code).cloned(),
            },
            (None, Some(st)) => PlaceChoice::State(st.clone()),
            (None, None) => PlaceChoice::National,
        }
    }

    /// The area list, once loaded.
    pub fn area_list(&self) -> Option<&Shared<AreaIndex>> {
        match &self.areas {
            Some(Load::Ready(a)) => Some(a),
            _ => None,
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
    /// The user chose a place: a USPS state code, an OEWS area code, or national ("" or None).
    SetPlace(Option<String>),
    /// The place picker got focus: load the area list if the dataset has one.
    AreasWanted,
    AreasRequested,
    AreasLoaded(Result<Shared<AreaIndex>, Failure>),
    AreaRequested(String),
    AreaLoaded(String, Result<Shared<AreaPay>, Failure>),
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
        if let Some(code) = self.selection.area.clone() {
            // unknown: the dataset has no areas, or its list (once loaded) lacks the code
            let listed = match self.area_list() {
                Some(list) => list.areas.iter().any(|a| a.code == code),
                None => ix.areas > 0,
            };
            if !listed {
                self.notices.push(format!(
                    "No area with code {code} in this dataset; showing national pay"
                ));
                self.selection.area = None;
                self.area_files.retain(|c, _| *c != code);
                changed = true;
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
        let repeated = match action {
            Action::SearchWanted => self.search_wanted,
            Action::AreasWanted => self.areas_wanted,
            _ => false,
        };
        if repeated {
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
                s.selection = s.selection.clone().with_place(place);
                s.user_change();
            }
            Action::AreasWanted => s.areas_wanted = true,
            Action::AreasRequested => s.areas = Some(Load::Loading),
            Action::AreasLoaded(result) => {
                s.areas = Some(match result {
                    Ok(list) => Load::Ready(list),
                    Err(e) => Load::Failed(e),
                });
                if s.normalise() {
                    s.url_write = UrlWrite::Replace;
                    s.url_seq = s.url_seq.wrapping_add(1);
                }
            }
            Action::AreaRequested(code) => {
                s.area_files.insert(code, Load::Loading);
            }
            Action::AreaLoaded(code, result) => {
                // a failed file may be an unknown code: the list tells which
                s.areas_wanted |= result.is_err();
                s.area_files
                    .insert(code, result.map_or_else(Load::Failed, Load::Ready));
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
                s.area_files.retain(|_, v| !matches!(v, Load::Failed(_)));
                if matches!(s.areas, Some(Load::Failed(_))) {
                    s.areas = None;
                }
                s.profession_attempt += 1;
                if s.titles_error.take().is_some() {
                    s.titles_attempt += 1;
                }
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadError;

    /// A small index: three professions (their SOC titles) and one place.
    fn index() -> Shared<DatasetIndex> {
        let json = br#"{"schema_version": 1, "name": "test", "sources": [],
            "states": [{"code": "MD", "fips": "24", "name": "Maryland"}],
            "professions": [
                {"code": "13-2072", "title": "Loan Officers"},
                {"code": "43-3071", "title": "Tellers"},
                {"code": "43-4131", "title": "Loan Interviewers and Clerks"}]}"#;
        Shared::new(career_schema::decode_index(json).expect("the test index decodes"))
    }

    fn sel(a: Option<&str>, b: Option<&str>, state: Option<&str>) -> Selection {
        Selection {
            a: a.map(String::from),
            b: b.map(String::from),
            state: state.map(String::from),
            area: None,
        }
    }

    fn not_found(url: &str) -> Failure {
        Rc::new(LoadError::Http {
            url: url.into(),
            status: 404,
            status_text: String::new(),
        })
    }

    fn start(selection: Selection) -> Rc<AppState> {
        Rc::new(AppState::new(selection))
    }

    fn loaded(selection: Selection) -> Rc<AppState> {
        start(selection).reduce(Action::IndexLoaded(Ok(index())))
    }

    #[test]
    fn a_link_the_index_agrees_with_is_left_alone() {
        let s = loaded(sel(Some("13-2072"), Some("43-4131"), Some("MD")));
        assert_eq!(
            s.selection,
            sel(Some("13-2072"), Some("43-4131"), Some("MD"))
        );
        assert!(s.notices.is_empty(), "{:?}", s.notices);
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Keep, 0));
        assert_eq!(
            s.title("43-4131").as_deref(),
            Some("Loan Interviewers and Clerks")
        );
    }

    #[test]
    fn normalising_drops_what_the_index_does_not_know_and_rewrites_the_url() {
        let s = loaded(sel(Some("99-9999"), Some("loan officer"), Some("ZZ")));
        assert_eq!(s.selection, Selection::default());
        assert_eq!(
            s.notices,
            [
                "No profession with code 99-9999 in this dataset",
                "No profession with code loan officer in this dataset (codes look like 13-2072)",
                "No place with code ZZ in this dataset; showing national pay",
            ]
        );
        // rewrites the entry the link made, rather than adding one
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Replace, 1));

        // one side known: the other is dropped, the known one kept
        let s = loaded(sel(Some("13-2072"), Some("11-1111"), None));
        assert_eq!(s.selection, sel(Some("13-2072"), None, None));
        assert_eq!(s.notices.len(), 1);
    }

    #[test]
    fn a_long_unknown_code_is_shortened_in_its_notice() {
        let long = "x".repeat(100);
        let s = loaded(sel(Some(&long), None, Some(&"Q".repeat(50))));
        let shown = "x".repeat(40);
        assert_eq!(
            s.notices[0],
            format!("No profession with code {shown} in this dataset (codes look like 13-2072)")
        );
        assert_eq!(
            s.notices[1],
            format!(
                "No place with code {} in this dataset; showing national pay",
                "Q".repeat(20)
            )
        );
    }

    #[test]
    fn a_users_change_pushes_a_history_entry_and_clears_the_notices() {
        let s = loaded(sel(Some("99-9999"), None, None));
        assert_eq!(s.notices.len(), 1);
        let s = s.reduce(Action::Pick(Side::A, Some("43-3071".into())));
        assert_eq!(s.selection, sel(Some("43-3071"), None, None));
        assert!(s.notices.is_empty());
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Push, 2));

        let s = s.reduce(Action::PickPair("13-2072".into(), "43-4131".into()));
        assert_eq!(s.selection, sel(Some("13-2072"), Some("43-4131"), None));
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Push, 3));

        let s = s.reduce(Action::SetPlace(Some("MD".into())));
        assert_eq!(s.selection.state.as_deref(), Some("MD"));
        // "" is the national choice
        let s = s.reduce(Action::SetPlace(Some(String::new())));
        assert_eq!(s.selection.state, None);
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Push, 5));

        let s = s.reduce(Action::Pick(Side::B, None));
        assert_eq!(s.selection, sel(Some("13-2072"), None, None));
        assert_eq!(s.url_write, UrlWrite::Push);
    }

    #[test]
    fn swap_exchanges_the_sides_and_keeps_the_place() {
        let s = loaded(sel(Some("13-2072"), Some("43-4131"), Some("MD")));
        let s = s.reduce(Action::Swap);
        assert_eq!(
            s.selection,
            sel(Some("43-4131"), Some("13-2072"), Some("MD"))
        );
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Push, 1));
        let s = s.reduce(Action::Swap);
        assert_eq!(
            s.selection,
            sel(Some("13-2072"), Some("43-4131"), Some("MD"))
        );
        // one side empty: the empty side moves too
        let s = loaded(sel(Some("13-2072"), None, None)).reduce(Action::Swap);
        assert_eq!(s.selection, sel(None, Some("13-2072"), None));
    }

    #[test]
    fn back_and_forward_leave_the_url_alone_unless_it_needs_normalising() {
        let s = loaded(sel(Some("13-2072"), Some("43-4131"), None));
        let s = s.reduce(Action::Restore(sel(Some("43-3071"), None, Some("MD"))));
        assert_eq!(s.selection, sel(Some("43-3071"), None, Some("MD")));
        // the URL already says this: nothing to write, but the effect runs once for it
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Keep, 1));
        let s = s.reduce(Action::Restore(sel(Some("00-0000"), None, None)));
        assert_eq!(s.selection, Selection::default());
        assert_eq!(
            s.notices,
            ["No profession with code 00-0000 in this dataset"]
        );
        assert_eq!((s.url_write, s.url_seq), (UrlWrite::Replace, 2));
        // a restore before the index is in cannot normalise yet
        let s =
            start(Selection::default()).reduce(Action::Restore(sel(Some("00-0000"), None, None)));
        assert_eq!(s.selection, sel(Some("00-0000"), None, None));
        assert_eq!(s.url_write, UrlWrite::Keep);
    }

    #[test]
    fn retry_asks_again_for_what_failed_and_only_that() {
        let s = start(sel(Some("13-2072"), Some("43-4131"), None))
            .reduce(Action::ProfessionRequested("13-2072".into()))
            .reduce(Action::ProfessionRequested("43-4131".into()))
            .reduce(Action::ProfessionLoaded(
                "13-2072".into(),
                Err(not_found("data/professions/13-2072.json")),
            ))
            .reduce(Action::IndexLoaded(Err(not_found("data/index.json"))));
        let s = s.reduce(Action::Retry);
        assert_eq!(s.index, Load::Loading);
        assert_eq!((s.index_attempt, s.profession_attempt), (1, 1));
        // the failed file is forgotten (so it is requested again), the pending one kept
        assert_eq!(s.professions.get("13-2072"), None);
        assert_eq!(s.professions.get("43-4131"), Some(&Load::Loading));
        // no titles failure: titles.json is not requested again
        assert_eq!(s.titles_attempt, 0);

        let s = s
            .reduce(Action::IndexLoaded(Ok(index())))
            .reduce(Action::TitlesFailed(not_found("data/titles.json")))
            .reduce(Action::Retry);
        // the index is in: Retry leaves it be
        assert!(s.index().is_some());
        assert_eq!(s.index_attempt, 1);
        assert_eq!((s.titles_error.clone(), s.titles_attempt), (None, 1));
        assert_eq!(s.profession_attempt, 2);
    }

    #[test]
    fn a_detail_files_failure_is_named_once_the_index_is_in() {
        let s = start(sel(Some("13-2072"), None, None))
            .reduce(Action::ProfessionRequested("13-2072".into()))
            .reduce(Action::ProfessionLoaded(
                "13-2072".into(),
                Err(Rc::new(LoadError::Profession {
                    code: "13-2072".into(),
                    title: None,
                    error: not_found("data/professions/13-2072.json"),
                })),
            ));
        let message = |s: &AppState| match s.professions.get("13-2072") {
            Some(Load::Failed(e)) => e.to_string(),
            other => panic!("not failed: {other:?}"),
        };
        assert!(message(&s).starts_with("The details of profession 13-2072 could not be loaded"));
        let s = s.reduce(Action::IndexLoaded(Ok(index())));
        assert!(
            message(&s).starts_with("The details of Loan Officers (13-2072) could not be loaded"),
            "{}",
            message(&s)
        );
    }

    #[test]
    fn wanting_the_search_twice_changes_nothing() {
        let s = loaded(Selection::default()).reduce(Action::SearchWanted);
        assert!(s.search_wanted);
        let again = s.clone().reduce(Action::SearchWanted);
        // the same state, so Yew does not render again
        assert!(Rc::ptr_eq(&s, &again));
    }
}
