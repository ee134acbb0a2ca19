//! The compared view: "<A> vs <B>" heading, summary prose, the "Pay for" place picker, then a
//! table per section with its gauges.

use super::comparison_table::ComparisonTable;
use super::growth_bars::GrowthBars;
use super::paired_bars::{column_keys, PairedBars};
use super::place_picker::PlacePicker;
use super::salary_range_chart::SalaryRangeChart;
use super::share_bars::ShareBars;
use super::stacked_bars::StackedBars;
use crate::shared::Shared;
use career_comparison::{compare, summary, Comparison, SectionId};
use career_schema::{DatasetIndex, Profession};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub index: Shared<DatasetIndex>,
    pub a: Shared<Profession>,
    pub b: Shared<Profession>,
    pub place: Option<AttrValue>,
    pub on_place: Callback<Option<String>>,
}

/// What a pair's comparison is computed from (compared by identity, see [`Shared`]).
type PairKey = (
    Shared<DatasetIndex>,
    Shared<Profession>,
    Shared<Profession>,
    Option<AttrValue>,
);
type Computed = (Rc<Comparison>, Rc<Vec<String>>);
/// Pairs whose comparison is kept: the one shown and the one before.
const KEPT: usize = 2;

#[function_component(ComparedView)]
pub fn compared_view(props: &Props) -> Html {
    // The comparison and summary of each pair shown, for the current pair and the one before:
    // swapping back (or returning to the previous pair or place) reuses them instead of
    // computing and formatting every figure and sentence again.
    let key: PairKey = (
        props.index.clone(),
        props.a.clone(),
        props.b.clone(),
        props.place.clone(),
    );
    let computed = use_mut_ref(Vec::<(PairKey, Computed)>::new);
    let (comparison, prose) = {
        let mut cache = computed.borrow_mut();
        let entry = match cache.iter().position(|(k, _)| *k == key) {
            Some(i) => cache.remove(i),
            None => {
                let (ix, a, b, place) = &key;
                let made = (
                    Rc::new(compare(ix, a, b, place.as_deref())),
                    Rc::new(summary(ix, a, b, place.as_deref())),
                );
                (key, made)
            }
        };
        let shown = entry.1.clone();
        cache.insert(0, entry);
        cache.truncate(KEPT);
        shown
    };
    let c = Shared(comparison);
    let titles: [AttrValue; 2] = c.titles.clone().map(AttrValue::from);
    let keys = column_keys(&c.codes);
    let heading_id = format!("{}-heading", props.id);
    let g = &c.gauges;
    let period = [&props.a, &props.b]
        .iter()
        .find_map(|p| p.jobs.as_ref()?.projection_period.clone())
        .map(AttrValue::from);
    let place_name = c.place.as_ref().map(|s| s.name.clone());

    let gauges_for = |id: SectionId| -> Html {
        match id {
            SectionId::Overview => html! {
                <div class="cc-gauges">
                    <PairedBars id={format!("{}-pay-bars", props.id)}
                        caption={match &place_name { Some(n) => format!("Median yearly pay, {n}"), None => "Median yearly pay".to_string() }}
                        titles={titles.clone()} keys={keys.clone()} scale={g.pay.clone()} />
                    <PairedBars id={format!("{}-jobs-bars", props.id)} caption="Number of jobs"
                        titles={titles.clone()} keys={keys.clone()} scale={g.jobs.clone()} />
                    <GrowthBars titles={titles.clone()} keys={keys.clone()} growth={g.growth.clone()} period={period.clone()} />
                </div>
            },
            SectionId::Pay => html! {
                <div class="cc-gauges">
                    <SalaryRangeChart id={format!("{}-range", props.id)} titles={titles.clone()} keys={keys.clone()}
                        axis={g.salary_range.clone()} />
                </div>
            },
            SectionId::Education => html! {
                <div class="cc-gauges">
                    <StackedBars caption="Educational attainment of workers 25 and older"
                        titles={titles.clone()} keys={keys.clone()} stacks={g.attainment.clone()} />
                </div>
            },
            SectionId::Demographics => html! {
                <div class="cc-gauges">
                    <StackedBars caption="Gender" titles={titles.clone()} keys={keys.clone()} stacks={g.gender.clone()} />
                    <ShareBars id={format!("{}-race", props.id)} caption="Race and ethnicity"
                        titles={titles.clone()} keys={keys.clone()} shares={g.race.clone()} />
                </div>
            },
            SectionId::Skills | SectionId::Work => html! {},
        }
    };

    html! {
        <section class="cc-compared" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="cc-heading">
                <bdi>{ &c.titles[0] }</bdi>{ " vs " }<bdi>{ &c.titles[1] }</bdi>
            </h2>
            <div class="cc-summary">
                { for prose.iter().map(|p| html! { <p>{ p }</p> }) }
            </div>
            <PlacePicker id={format!("{}-place", props.id)} index={props.index.clone()}
                place={c.place.as_ref().map(|s| AttrValue::from(s.code.clone()))}
                on_change={props.on_place.clone()}
                note={c.place_note.clone().map(AttrValue::from)} />
            { for c.sections.iter().enumerate().map(|(i, s)| html! {
                <ComparisonTable key={s.id.slug()} id={props.id.clone()} index={props.index.clone()}
                    comparison={c.clone()} section={i}>
                    { gauges_for(s.id) }
                </ComparisonTable>
            }) }
        </section>
    }
}
