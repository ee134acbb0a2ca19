//! A section's gauges, each drawn by its kind's view from the comparison's figures.

use super::growth_bars::{self, growth_bars};
use super::meter_bars::{self, meter_bars};
use super::paired_bars::{self, paired_bars};
use super::salary_range_chart::{self, salary_range_chart};
use super::stacked_bars::{self, stacked_bars};
use career_comparison::gauge::Gauges;
use career_comparison::GaugeId;
use yew::prelude::*;
use yew::virtual_dom::Key;

/// What every gauge of a section draws from, borrowed for one render.
pub struct GaugeView<'a> {
    /// The instance's id prefix.
    pub id: &'a AttrValue,
    pub titles: &'a [AttrValue; 2],
    pub keys: &'a [Key; 2],
    pub gauges: &'a Gauges,
    pub place_name: Option<&'a str>,
    pub period: &'a Option<AttrValue>,
}

/// One gauge, by id. The gauges are plain view functions, not components: they have no state,
/// and the section table they sit in redraws only when its section changed, which changes its
/// gauges too; a component each cost its own lifecycle code in the wasm and its own scheduler
/// runs at every render.
pub fn gauge(id: GaugeId, v: &GaugeView<'_>) -> Html {
    let (titles, keys, g) = (v.titles, v.keys, v.gauges);
    let gauge_id = |suffix: &str| AttrValue::from(format!("{}-{suffix}", v.id));
    match id {
        GaugeId::Pay => paired_bars(&paired_bars::Props {
            id: gauge_id("pay-bars"),
            caption: match v.place_name {
                Some(n) => format!("Median yearly pay, {n}").into(),
                None => "Median yearly pay".into(),
            },
            titles,
            keys,
            scale: &g.pay,
        }),
        GaugeId::Jobs => paired_bars(&paired_bars::Props {
            id: gauge_id("jobs-bars"),
            caption: "Number of jobs".into(),
            titles,
            keys,
            scale: &g.jobs,
        }),
        GaugeId::Growth => growth_bars(&growth_bars::Props {
            titles,
            keys,
            growth: &g.growth,
            period: v.period.clone(),
        }),
        GaugeId::SalaryRange => salary_range_chart(&salary_range_chart::Props {
            id: gauge_id("range"),
            titles,
            keys,
            axis: &g.salary_range,
        }),
        GaugeId::Attainment => stacked_bars(&stacked_bars::Props {
            caption: "Educational attainment of workers 25 and older".into(),
            titles,
            keys,
            stacks: &g.attainment,
        }),
        GaugeId::Gender => stacked_bars(&stacked_bars::Props {
            caption: "Gender".into(),
            titles,
            keys,
            stacks: &g.gender,
        }),
        GaugeId::Race => meter_bars(&meter_bars::Props {
            id: gauge_id("race"),
            caption: "Race and ethnicity".into(),
            scale: " (scale 0–100%)",
            high_points: "",
            titles,
            keys,
            meters: &g.race,
        }),
        GaugeId::Interests => meter_bars(&meter_bars::Props {
            id: gauge_id("interests"),
            caption: "Interests (O*NET Interest Profiler areas)".into(),
            scale: " (scale 1–7)",
            high_points: "interest code",
            titles,
            keys,
            meters: &g.interests,
        }),
        GaugeId::WorkValues => meter_bars(&meter_bars::Props {
            id: gauge_id("values"),
            caption: "What the work offers (O*NET Work Values)".into(),
            scale: " (scale 1–7)",
            high_points: "offers most",
            titles,
            keys,
            meters: &g.work_values,
        }),
    }
}
