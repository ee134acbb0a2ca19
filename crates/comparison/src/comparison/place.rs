//! Which pay figures a profession shows for the chosen place: a state's where BLS publishes
//! them, else national, with the fallback said out loud.

use career_schema::{DatasetIndex, Profession, State, WageStats};

/// The state with this USPS code.
pub fn state<'a>(index: &'a DatasetIndex, code: &str) -> Option<&'a State> {
    index
        .states
        .iter()
        .find(|s| s.code.eq_ignore_ascii_case(code))
}

/// The pay figures to show for a profession and place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PayView<'a> {
    pub stats: Option<&'a WageStats>,
    pub source: Option<&'a str>,
    /// A place was asked for but only national figures exist.
    pub fell_back: bool,
}

pub(crate) fn pay_for<'a>(p: &'a Profession, place: Option<&State>) -> PayView<'a> {
    if let Some(st) = place {
        if let Some(pl) = &p.pay_by_place {
            if let Some(stats) = pl.states.get(&st.code) {
                return PayView {
                    stats: Some(stats),
                    source: Some(&pl.source),
                    fell_back: false,
                };
            }
        }
    }
    PayView {
        stats: p.pay.as_ref().map(|x| &x.national),
        source: p.pay.as_ref().map(|x| x.source.as_str()),
        fell_back: place.is_some(),
    }
}

/// Said next to the place picker when one or both professions fall back to national pay.
pub(crate) fn place_note(
    place: Option<&State>,
    titles: [&str; 2],
    fell_back: [bool; 2],
) -> Option<String> {
    let st = place?;
    let fell: Vec<&str> = (0..2)
        .filter(|&i| fell_back[i])
        .map(|i| titles[i])
        .collect();
    match fell.len() {
        0 => None,
        1 => Some(format!(
            "BLS publishes no {} pay for {}, so national pay is shown for it.",
            st.name, fell[0]
        )),
        _ => Some(format!(
            "BLS publishes no {} pay for either profession, so national pay is shown.",
            st.name
        )),
    }
}
