//! Which pay figures a profession shows for the chosen place. Each figure comes from the
//! smallest place that publishes it: the area, then its state, then the nation. A figure
//! taken from a larger place is footnoted with the place it came from.

use career_schema::{Area, AreaPay, DatasetIndex, Profession, State, Wage, WageStats};

/// Where pay is shown for.
#[derive(Debug, Clone, Copy, Default)]
pub enum Place<'a> {
    #[default]
    National,
    State(&'a State),
    /// An OEWS area, with its pay file once it has loaded (until then, or if it cannot load,
    /// its state's and national figures fill in, footnoted).
    Area {
        area: &'a Area,
        pay: Option<&'a AreaPay>,
        /// The state it is filed under (its first), as the index lists it.
        state: Option<&'a State>,
    },
}

impl<'a> Place<'a> {
    /// The state with this USPS code, or national if the index has none.
    pub fn state(index: &'a DatasetIndex, code: &str) -> Place<'a> {
        state(index, code).map_or(Place::National, Place::State)
    }

    /// An area, with its pay file if loaded.
    pub fn area(index: &'a DatasetIndex, area: &'a Area, pay: Option<&'a AreaPay>) -> Place<'a> {
        let state = area.states.first().and_then(|c| state(index, c));
        Place::Area { area, pay, state }
    }

    /// Its name ("Delaware", "Boston-Cambridge-Newton, MA-NH"); `None` for national.
    pub fn name(&self) -> Option<&'a str> {
        match self {
            Place::National => None,
            Place::State(s) => Some(&s.name),
            Place::Area { area, .. } => Some(&area.name),
        }
    }
}

/// The state with this USPS code.
pub fn state<'a>(index: &'a DatasetIndex, code: &str) -> Option<&'a State> {
    index
        .states
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(code))
}

/// The name the nation goes by as a place figures come from ("the national figure").
pub(crate) const NATIONAL: &str = "national";

/// One place figures may come from.
#[derive(Debug, Clone, Copy)]
struct Level<'a> {
    stats: &'a WageStats,
    /// [`NATIONAL`] for the nation.
    name: &'a str,
    source: &'a str,
}

/// A profession's pay for a place: the places its figures may come from, smallest first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PayView<'a> {
    levels: [Option<Level<'a>>; 3],
    /// The chosen place's name; `None` for national.
    place: Option<&'a str>,
    /// The chosen place is an area whose file has not loaded.
    waiting: bool,
    title: &'a str,
}

/// A figure and, when it comes from a larger place than the chosen one, that place's name.
pub(crate) struct Figure<'a, T> {
    pub value: T,
    pub from: Option<&'a str>,
}

pub(crate) fn pay_for<'a>(p: &'a Profession, place: Place<'a>) -> PayView<'a> {
    let state_level = |st: &'a State| {
        let pl = p.pay_by_place.as_ref()?;
        Some(Level {
            stats: pl.states.get(&st.code)?,
            name: &st.name,
            source: &pl.source,
        })
    };
    let national = p.pay.as_ref().map(|x| Level {
        stats: &x.national,
        name: NATIONAL,
        source: &x.source,
    });
    let (levels, waiting) = match place {
        Place::National => ([national, None, None], false),
        Place::State(st) => ([state_level(st), national, None], false),
        Place::Area { area, pay, state } => {
            let own = pay.and_then(|f| {
                Some(Level {
                    stats: &f.pay.get(&p.code)?.0,
                    name: &area.name,
                    source: &f.source,
                })
            });
            ([own, state.and_then(state_level), national], pay.is_none())
        }
    };
    PayView {
        levels,
        place: place.name(),
        waiting,
        title: &p.title,
    }
}

impl<'a> PayView<'a> {
    /// The figure `pick` reads, from the smallest place that has it.
    pub fn figure<T>(&self, pick: impl Fn(&'a WageStats) -> Option<T>) -> Option<Figure<'a, T>> {
        let mut levels = self.levels.iter().flatten();
        levels.find_map(|l| {
            pick(l.stats).map(|value| Figure {
                value,
                from: (Some(l.name) != self.place && self.place.is_some()).then_some(l.name),
            })
        })
    }

    /// The chosen place is an area whose pay file has not loaded (or could not).
    pub fn is_waiting(&self) -> bool {
        self.waiting
    }

    /// The chosen place's name; `None` for national.
    pub fn place_name(&self) -> Option<&'a str> {
        self.place
    }

    /// The source of the chosen place's figures (the first place that has any).
    pub fn source(&self) -> Option<&'a str> {
        self.levels.iter().flatten().next().map(|l| l.source)
    }

    pub fn median(&self) -> Option<Figure<'a, Wage>> {
        self.figure(|s| s.annual.median)
    }

    /// The footnote for a figure taken from a larger place than the chosen one.
    pub fn fallback_note<T>(&self, f: &Figure<'a, T>, what: &str) -> Option<String> {
        let (from, place) = (f.from?, self.place?);
        let larger = if from == NATIONAL {
            "the national figure".to_string()
        } else {
            format!("the {from} figure")
        };
        Some(if self.waiting {
            format!("Pay for {place} has not loaded; {larger} is shown.")
        } else {
            format!(
                "BLS publishes no {place} {what} for {}; {larger} is shown.",
                self.title
            )
        })
    }

    /// The annual distribution, from the smallest place that publishes its 10th and 90th
    /// percentiles (one place for the whole range, never a mix).
    pub fn annual_range(&self) -> Option<Figure<'a, &'a career_schema::AnnualWages>> {
        self.figure(|s| (s.annual.p10.is_some() && s.annual.p90.is_some()).then_some(&s.annual))
    }
}

/// Said next to the place picker: which sides show a median from a larger place.
pub(crate) fn place_note(pays: &[PayView; 2]) -> Option<String> {
    let fell: Vec<String> = pays
        .iter()
        .filter_map(|p| {
            let f = p.median()?;
            f.from?;
            p.fallback_note(&f, "median")
        })
        .collect();
    (!fell.is_empty()).then(|| fell.join(" "))
}
