//! The pickers' combobox logic, apart from the DOM: the typed text, the options shown, the
//! active one, and what each key does (WAI-ARIA APG "combobox with listbox popup, list
//! autocomplete"). One logic for the profession pickers and the place picker: it is generic
//! over the option ([`ComboOption`]) and takes the options for a text as a function. Keys
//! come in as values ([`Keys`]), so it is tested on the host.

use crate::shared::Shared;
use career_comparison::{Hit, MatchKind, PlaceHit, TitleSearch};
use yew::AttrValue;

/// An option of a combobox list.
pub trait ComboOption: Clone + PartialEq {
    /// What the box shows once it is chosen.
    fn text(&self) -> &str;
    /// The whole of it was typed: Enter picks it without arrowing.
    fn exact(&self) -> bool;
}

impl ComboOption for Hit {
    fn text(&self) -> &str {
        &self.title
    }
    fn exact(&self) -> bool {
        self.kind == MatchKind::Exact
    }
}

impl ComboOption for PlaceHit {
    fn text(&self) -> &str {
        &self.name
    }
    fn exact(&self) -> bool {
        self.exact
    }
}

/// The options a combobox lists for a text.
pub type Options<'a, O> = &'a dyn Fn(&str) -> Vec<O>;

/// Options shown at most.
const LIMIT: usize = 12;

/// The options for `query`: the first professions for an empty box, else the search's hits.
pub fn hits_for(search: &Option<Shared<TitleSearch>>, query: &str) -> Vec<Hit> {
    match search {
        Some(s) if query.trim().is_empty() => s.first(LIMIT),
        Some(s) => s.search(query, LIMIT),
        None => Vec::new(),
    }
}

/// A key press: the key's `KeyboardEvent.key` value and the modifier the pattern reads.
#[derive(Debug, Clone, Copy)]
pub struct Keys<'a> {
    pub key: &'a str,
    pub alt: bool,
}

/// The combobox's state. Kept in a `RefCell` that event handlers read and change at once, so
/// quick successive keys (faster than Yew re-renders) always act on the latest state.
pub struct Combo<O> {
    pub query: String,
    pub open: bool,
    pub active: Option<usize>,
    pub hits: Vec<O>,
    /// The chosen (code, title) the box last followed.
    pub chosen: (Option<AttrValue>, Option<AttrValue>),
}

impl<O> Default for Combo<O> {
    fn default() -> Self {
        Combo {
            query: String::new(),
            open: false,
            active: None,
            hits: Vec::new(),
            chosen: (None, None),
        }
    }
}

/// What a key asks the widget to do besides redrawing.
#[derive(Debug, PartialEq)]
pub enum Outcome<O> {
    Nothing,
    Pick(O),
    Clear,
}

/// A key's effect: the outcome, and whether the browser's own action for the key (moving the
/// caret, leaving the box, submitting) is to be prevented.
#[derive(Debug, PartialEq)]
pub struct Handled<O> {
    pub outcome: Outcome<O>,
    pub prevent_default: bool,
}

impl<O: ComboOption> Combo<O> {
    pub fn show(&mut self, hits: Vec<O>) {
        self.open = !hits.is_empty();
        self.hits = hits;
        self.active = None;
    }

    pub fn close(&mut self) {
        self.open = false;
        self.active = None;
    }

    pub fn pick(&mut self, hit: O) -> Outcome<O> {
        self.query = hit.text().to_string();
        self.close();
        Outcome::Pick(hit)
    }

    fn active_hit(&self) -> Option<O> {
        self.active.and_then(|i| self.hits.get(i).cloned())
    }

    /// Closes the list, or picks the active option if there is one.
    fn pick_active_or_close(&mut self) -> Outcome<O> {
        match self.active_hit() {
            Some(hit) => self.pick(hit),
            None => {
                self.close();
                Outcome::Nothing
            }
        }
    }

    /// Handles a key press in the box; `search` lists the options for a text. `has_choice`:
    /// something is chosen in this box.
    pub fn key(&mut self, keys: Keys, search: Options<O>, has_choice: bool) -> Handled<O> {
        let handled = |outcome| Handled {
            outcome,
            prevent_default: true,
        };
        let passed_on = |outcome| Handled {
            outcome,
            prevent_default: false,
        };
        match keys.key {
            "ArrowDown" => {
                if !self.open {
                    self.show(search(&self.query));
                    // Alt+Down opens the list without choosing
                    if !keys.alt && self.open {
                        self.active = Some(0);
                    }
                } else if !keys.alt && !self.hits.is_empty() {
                    let n = self.hits.len();
                    self.active = Some(match self.active {
                        Some(i) if i + 1 < n => i + 1,
                        _ => 0,
                    });
                }
                handled(Outcome::Nothing)
            }
            // Alt+Up accepts the active option and closes
            "ArrowUp" if keys.alt => handled(self.pick_active_or_close()),
            "ArrowUp" => {
                if !self.open {
                    self.show(search(&self.query));
                    self.active = self.hits.len().checked_sub(1);
                } else if !self.hits.is_empty() {
                    let n = self.hits.len();
                    self.active = Some(match self.active {
                        Some(i) if i > 0 => i - 1,
                        _ => n - 1,
                    });
                }
                handled(Outcome::Nothing)
            }
            "Enter" if self.open => {
                // an exact match needs no arrowing
                let exact = || self.hits.first().filter(|h| h.exact()).cloned();
                match self.active_hit().or_else(exact) {
                    Some(hit) => handled(self.pick(hit)),
                    None => {
                        self.close();
                        handled(Outcome::Nothing)
                    }
                }
            }
            "Escape" if self.open => {
                self.close();
                handled(Outcome::Nothing)
            }
            // a second Escape clears the box (and the choice, if there is one)
            "Escape" if !self.query.is_empty() || has_choice => {
                self.query.clear();
                self.hits.clear();
                handled(if has_choice {
                    Outcome::Clear
                } else {
                    Outcome::Nothing
                })
            }
            // Tab accepts the active option and moves on, as Tab does
            "Tab" if self.open => passed_on(self.pick_active_or_close()),
            // the caret moves: no option is active any more
            "Home" | "End" | "ArrowLeft" | "ArrowRight" => {
                self.active = None;
                passed_on(Outcome::Nothing)
            }
            _ => passed_on(Outcome::Nothing),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A search over three professions' main titles (their SOC titles).
    fn search() -> impl Fn(&str) -> Vec<Hit> {
        let json = br#"{"schema_version": 1, "name": "test", "sources": [], "professions": [
            {"code": "13-2072", "title": "Loan Officers"},
            {"code": "43-3071", "title": "Tellers"},
            {"code": "43-4131", "title": "Loan Interviewers and Clerks"}]}"#;
        let index = career_schema::decode_index(json).expect("the test index decodes");
        let search = Some(Shared::new(TitleSearch::new(&index)));
        move |q: &str| hits_for(&search, q)
    }

    fn key(key: &str) -> Keys<'_> {
        Keys { key, alt: false }
    }

    fn alt(key: &str) -> Keys<'_> {
        Keys { key, alt: true }
    }

    /// The titles listed, and the active one's.
    fn shown(c: &Combo<Hit>) -> (Vec<&str>, Option<&str>) {
        let titles = c.hits.iter().map(|h| h.title.as_str()).collect();
        (titles, c.active.map(|i| c.hits[i].title.as_str()))
    }

    fn typed(query: &str, search: Options<Hit>) -> Combo<Hit> {
        let mut c = Combo {
            query: query.into(),
            ..Combo::default()
        };
        c.show(search(query));
        c
    }

    const NOTHING: Handled<Hit> = Handled {
        outcome: Outcome::Nothing,
        prevent_default: true,
    };

    #[test]
    fn down_opens_the_list_on_its_first_option_and_moves_round() {
        let s = search();
        let mut c = Combo::<Hit>::default();
        assert_eq!(c.key(key("ArrowDown"), &s, false), NOTHING);
        let all = vec!["Loan Interviewers and Clerks", "Loan Officers", "Tellers"];
        assert!(c.open);
        assert_eq!(
            shown(&c),
            (all.clone(), Some("Loan Interviewers and Clerks"))
        );
        c.key(key("ArrowDown"), &s, false);
        c.key(key("ArrowDown"), &s, false);
        assert_eq!(shown(&c).1, Some("Tellers"));
        // past the last: back to the first
        c.key(key("ArrowDown"), &s, false);
        assert_eq!(shown(&c).1, Some("Loan Interviewers and Clerks"));
    }

    #[test]
    fn alt_down_opens_the_list_without_choosing() {
        let s = search();
        let mut c = Combo::<Hit>::default();
        assert_eq!(c.key(alt("ArrowDown"), &s, false), NOTHING);
        assert!(c.open);
        assert_eq!(shown(&c).1, None);
        // and does not move through an open list
        c.key(alt("ArrowDown"), &s, false);
        assert_eq!(shown(&c).1, None);
    }

    #[test]
    fn up_opens_the_list_on_its_last_option_and_moves_round() {
        let s = search();
        let mut c = typed("loan", &s);
        c.close();
        assert_eq!(c.key(key("ArrowUp"), &s, false), NOTHING);
        // the two loan professions, in the search's order
        let (listed, active) = shown(&c);
        let mut sorted = listed.clone();
        sorted.sort();
        assert_eq!(sorted, ["Loan Interviewers and Clerks", "Loan Officers"]);
        let (first, last) = (listed[0].to_string(), listed[1].to_string());
        assert_eq!(active, Some(last.as_str()));
        c.key(key("ArrowUp"), &s, false);
        assert_eq!(shown(&c).1, Some(first.as_str()));
        // before the first: back to the last
        c.key(key("ArrowUp"), &s, false);
        assert_eq!(shown(&c).1, Some(last.as_str()));
    }

    #[test]
    fn enter_picks_the_active_option_or_an_exact_match() {
        let s = search();
        let mut c = typed("loan", &s);
        c.key(key("ArrowDown"), &s, false);
        let first = c.hits[0].clone();
        let handled = c.key(key("Enter"), &s, false);
        assert!(handled.prevent_default);
        assert_eq!(handled.outcome, Outcome::Pick(first.clone()));
        assert_eq!(c.query, first.title);
        assert!(!c.open);

        // nothing active, but the title typed in full: no arrowing needed
        let mut c = typed("tellers", &s);
        let handled = c.key(key("Enter"), &s, false);
        assert!(matches!(&handled.outcome, Outcome::Pick(h) if h.code == "43-3071"));

        // nothing active and no exact match: the list closes, nothing is chosen
        let mut c = typed("loan", &s);
        assert_eq!(c.key(key("Enter"), &s, false), NOTHING);
        assert!(!c.open);
        assert_eq!(c.query, "loan");

        // with the list closed, Enter is the browser's (the form's) again
        assert!(!c.key(key("Enter"), &s, false).prevent_default);
    }

    #[test]
    fn escape_closes_then_clears() {
        let s = search();
        let mut c = typed("loan", &s);
        assert_eq!(c.key(key("Escape"), &s, true), NOTHING);
        assert!(!c.open);
        assert_eq!(c.query, "loan");
        // the second Escape clears the box and the choice
        let handled = c.key(key("Escape"), &s, true);
        assert_eq!(
            handled,
            Handled {
                outcome: Outcome::Clear,
                prevent_default: true
            }
        );
        assert_eq!(c.query, "");
        // no choice to clear: the box is emptied and nothing is reported
        let mut c = typed("loan", &s);
        c.close();
        assert_eq!(c.key(key("Escape"), &s, false), NOTHING);
        assert_eq!(c.query, "");
        // an empty box without a choice: Escape is left to the page (a dialog may close)
        assert!(!c.key(key("Escape"), &s, false).prevent_default);
    }

    #[test]
    fn tab_accepts_the_active_option_and_lets_the_focus_move_on() {
        let s = search();
        let mut c = typed("loan", &s);
        c.key(key("ArrowUp"), &s, false);
        let last = c.hits.last().cloned().unwrap();
        let handled = c.key(key("Tab"), &s, false);
        assert!(!handled.prevent_default);
        assert_eq!(handled.outcome, Outcome::Pick(last));
        // nothing active: the list closes, nothing is chosen
        let mut c = typed("loan", &s);
        let handled = c.key(key("Tab"), &s, false);
        assert_eq!(handled.outcome, Outcome::Nothing);
        assert!(!handled.prevent_default && !c.open);
    }

    #[test]
    fn alt_up_accepts_the_active_option() {
        let s = search();
        let mut c = typed("loan", &s);
        c.key(key("ArrowDown"), &s, false);
        let first = c.hits[0].clone();
        let handled = c.key(alt("ArrowUp"), &s, false);
        assert!(handled.prevent_default);
        assert_eq!(handled.outcome, Outcome::Pick(first));
        // nothing active: it only closes
        let mut c = typed("loan", &s);
        assert_eq!(c.key(alt("ArrowUp"), &s, false), NOTHING);
        assert!(!c.open);
    }

    #[test]
    fn moving_the_caret_leaves_no_option_active() {
        let s = search();
        for k in ["Home", "End", "ArrowLeft", "ArrowRight"] {
            let mut c = typed("loan", &s);
            c.key(key("ArrowDown"), &s, false);
            let handled = c.key(key(k), &s, false);
            // the caret moves as usual
            assert!(!handled.prevent_default, "{k}");
            assert_eq!(shown(&c).1, None, "{k}");
            assert!(c.open, "{k}");
        }
    }

    #[test]
    fn before_the_search_is_ready_the_arrows_open_nothing() {
        let mut c = Combo::<Hit>::default();
        assert_eq!(
            c.key(key("ArrowDown"), &|_: &str| Vec::new(), false),
            NOTHING
        );
        assert!(!c.open && c.active.is_none());
        assert_eq!(c.key(key("ArrowUp"), &|_: &str| Vec::new(), false), NOTHING);
        assert!(!c.open && c.active.is_none());
    }
}
