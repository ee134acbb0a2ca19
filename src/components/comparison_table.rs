//! One section of the comparison as a table: caption = section name, a column per profession,
//! a row header per figure. A missing value shows "—" with a footnote link to the reason under
//! the table; caveats on shown values are footnoted the same way. The better value (pay, growth,
//! jobs) carries a text marker. The section's gauges, sources and attribution follow the table.

use crate::shared::Shared;
use career_comparison::comparison::{Detail, Group, Item};
use career_comparison::{Comparison, Side};
use career_schema::DatasetIndex;
use yew::prelude::*;

use super::gauges::{gauge, GaugeView};
use super::markup::{attrs, keyed_element, Static};
use super::paired_bars::{column_keys, row_keys};
use super::source_list::source_list;

/// One table's inputs. A table is a component so that Yew skips it when its section shows the
/// same as before: another place changes the pay figures and leaves the other tables as they
/// were (`Comparison::same_section`).
#[derive(Properties)]
pub struct Props {
    /// Instance prefix for element ids.
    pub id: AttrValue,
    pub index: Shared<DatasetIndex>,
    pub comparison: Shared<Comparison>,
    /// Which of `comparison.sections`.
    pub section: usize,
    /// Said above the table (the pay table's area file loading or failed).
    pub status: Html,
    /// The projection period the growth gauge names.
    pub period: Option<AttrValue>,
    /// Puts a profession into the comparison in place of the other side's: (side kept's
    /// other side, code). Entries that can be compared get a button that calls it.
    pub on_pick: Callback<(Side, String)>,
    /// Shows pay for a place a cell names (a highest-paying state or metro area).
    pub on_place: Callback<Option<String>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.index == other.index
            && self.section == other.section
            && self.status == other.status
            && self.period == other.period
            && self.on_pick == other.on_pick
            && self.on_place == other.on_place
            && (self.comparison == other.comparison
                || self
                    .comparison
                    .same_section(&other.comparison, self.section))
    }
}

/// One list entry: its text, its marker and figures, and where it can be compared, a button
/// named for what it does ("Compare Loan Officers with Credit Analysts").
fn item(it: &Item, side: usize, titles: &[String; 2], on_pick: &Callback<(Side, String)>) -> Html {
    let button = it.compare.as_ref().map(|code| {
        // the entry replaces the other side
        let other = if side == 0 { Side::B } else { Side::A };
        let pick = on_pick.reform({
            let code = code.clone();
            move |_: MouseEvent| (other, code.clone())
        });
        let name = format!("Compare {} with {}", titles[side], it.text);
        html! {
            <button type="button" class="cc-compare-with" aria-label={name} onclick={pick}>
                { "Compare" }
            </button>
        }
    });
    html! {
        <li>
            <bdi>{ &it.text }</bdi>
            if let Some(f) = &it.figures {
                <span class="cc-item-figures">{ format!(" ({f})") }</span>
            }
            // where a Compare button would be
            if let Some(tag) = it.tag {
                { " " }<span class="cc-tag">{ tag }</span>
            }
            if let Some(b) = button {
                { " " }{ b }
            }
        </li>
    }
}

fn groups(
    gs: &[Group],
    side: usize,
    titles: &[String; 2],
    on_pick: &Callback<(Side, String)>,
) -> Html {
    html! {
        { for gs.iter().map(|g| html! {
            <>
                if let Some(h) = &g.heading {
                    <p class="cc-detail-heading">{ h }</p>
                }
                <ul class="cc-detail">
                    { for g.items.iter().map(|it| item(it, side, titles, on_pick)) }
                </ul>
            </>
        }) }
    }
}

/// A list in a cell: the first items, then the rest behind a native disclosure.
fn detail(
    d: &Detail,
    side: usize,
    titles: &[String; 2],
    on_pick: &Callback<(Side, String)>,
) -> Html {
    html! {
        <>
            { groups(&d.shown, side, titles, on_pick) }
            if !d.hidden.is_empty() {
                <details class="cc-more">
                    <summary>{ &d.more }</summary>
                    { groups(&d.hidden, side, titles, on_pick) }
                </details>
            }
        </>
    }
}

/// A place a cell names, as a button that shows pay for it.
fn place_button(text: &str, code: &str, on_place: &Callback<Option<String>>) -> Html {
    let onclick = on_place.reform({
        let code = code.to_string();
        move |_: MouseEvent| Some(code.clone())
    });
    html! {
        <button type="button" class="cc-place-link" {onclick}
            aria-label={format!("Show pay for {text}")}>
            { text }
        </button>
    }
}

/// The section's table, notes, gauges and sources.
#[function_component(ComparisonTable)]
pub fn comparison_table(props: &Props) -> Html {
    let c = &props.comparison;
    let section = &c.sections[props.section];
    let slug = section.id.slug();
    let base = format!("{}-{slug}", props.id);
    let caption_id = format!("{base}-caption");

    // Footnotes: one per distinct text, numbered in reading order.
    let mut notes: Vec<(String, String)> = Vec::new(); // (text, first ref id)
    let mut cell_refs: Vec<[Option<(usize, String)>; 2]> = Vec::new();
    for row in &section.rows {
        let mut refs: [Option<(usize, String)>; 2] = [None, None];
        for (i, cell) in row.cells.iter().enumerate() {
            let text = cell.missing_reason.as_ref().or(cell.note.as_ref());
            if let Some(text) = text {
                let ref_id = format!("fnref-{base}-{}-{i}", row.id.slug());
                let n = match notes.iter().position(|(t, _)| t == text) {
                    Some(n) => n,
                    None => {
                        notes.push((text.clone(), ref_id.clone()));
                        notes.len() - 1
                    }
                };
                refs[i] = Some((n, ref_id));
            }
        }
        cell_refs.push(refs);
    }
    let fn_id = |n: usize| format!("fn-{base}-{}", n + 1);
    let keys = column_keys(&c.codes);
    let titles: [AttrValue; 2] = c.titles.clone().map(AttrValue::from);
    let view = GaugeView {
        id: &props.id,
        titles: &titles,
        keys: &keys,
        gauges: &c.gauges,
        place_name: c.place.as_deref(),
        period: &props.period,
    };

    let rows = section.rows.iter().zip(&cell_refs).map(|(row, refs)| {
        // same element structure in both cells: patched in place; else moved (see `row_keys`)
        let shape = |i: usize| {
            let better = row.better.map(Side::index) == Some(i);
            (row.cells[i].is_missing(), better, refs[i].is_some())
        };
        let keys = row_keys(&keys, shape(0) == shape(1));
        let cells = (0..2).map(|i| {
            let cell = &row.cells[i];
            let better = row.better.map(Side::index) == Some(i);
            // a static attribute list, not a computed class (which `html!` turns into a hashed
            // set of `Classes` per cell)
            let class: Static = match (cell.is_missing(), better) {
                (false, false) => attrs!("class" = "cc-cell"),
                (true, false) => attrs!("class" = "cc-cell cc-cell-missing"),
                (false, true) => attrs!("class" = "cc-cell cc-cell-better"),
                (true, true) => attrs!("class" = "cc-cell cc-cell-missing cc-cell-better"),
            };
            let contents = html! {
                <>
                    if cell.is_missing() {
                        <span class="cc-missing" aria-hidden="true">{ "—" }</span>
                        <span class="cc-visually-hidden">{ "Not available" }</span>
                    } else if let Some(d) = &cell.detail {
                        { detail(d, i, &c.titles, &props.on_pick) }
                    } else if let Some(code) = &cell.place {
                        { place_button(&cell.text, code, &props.on_place) }
                    } else {
                        { &cell.text }
                    }
                    if better {
                        { " " }
                        <span class="cc-better">
                            <span aria-hidden="true">{ "▲" }</span>
                            <span class="cc-visually-hidden">{ " higher" }</span>
                        </span>
                    }
                    if let Some((n, ref_id)) = &refs[i] {
                        <sup class="cc-fnref">
                            <a href={format!("#{}", fn_id(*n))} id={ref_id.clone()}>
                                <span class="cc-visually-hidden">{ "Note " }</span>{ n + 1 }
                            </a>
                        </sup>
                    }
                </>
            };
            keyed_element("td", keys[i].clone(), class, contents)
        });
        html! {
            <tr key={row.id.slug()}>
                <th scope="row">{ row.label }</th>
                // a fragment of their own: keyed children must not share a list with the <th>
                <>{ for cells }</>
            </tr>
        }
    });

    html! {
        // Not landmarks: the comparison as a whole is one ("A vs B"), so a page with several
        // instances does not list every instance's "Overview", "Pay"... as landmarks.
        // The scroll container is focusable (keyboard scrolling) and named as a group.
        <section class="cc-section" part={format!("section section-{slug}")}>
            { props.status.clone() }
            <div class="cc-table-scroll" role="group" tabindex="0"
                aria-label={format!("{} table", section.id.caption())}>
                <table class="cc-table" part="table">
                    <caption id={caption_id}>{ section.id.caption() }</caption>
                    <thead>
                        <tr>
                            <td class="cc-corner"></td>
                            <th scope="col">{ &c.titles[0] }</th>
                            <th scope="col">{ &c.titles[1] }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if let Some(note) = &section.note {
                <p class="cc-section-note">{ note }</p>
            }
            if !notes.is_empty() {
                <ol class="cc-footnotes" aria-label={format!("Notes on {}", section.id.caption())}>
                    { for notes.iter().enumerate().map(|(n, (text, ref_id))| html! {
                        <li id={fn_id(n)} key={n}>
                            { text }
                            { " " }
                            <a href={format!("#{ref_id}")} class="cc-backref"
                                aria-label={format!("Back to the table, note {}", n + 1)}>{ "↩" }</a>
                        </li>
                    }) }
                </ol>
            }
            if !section.gauges.is_empty() {
                <div class="cc-gauges" part="gauges">
                    { for section.gauges.iter().map(|&g| gauge(g, &view)) }
                </div>
            }
            { source_list(&props.index, &section.sources) }
        </section>
    }
}
