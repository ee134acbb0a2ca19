//! Joins the sources into the dataset. Every rule here is documented in README.md.
//!
//! One module per part of a profession file (and of the index), each turning the loaded
//! sources into that part and saying in `missing` why a figure is absent; `profession` puts
//! the parts together. A new dataset field is a new function in the module of its source
//! (or a new module) and one line in `profession`.

mod areas;
mod attainment;
mod crosswalk;
mod demographics;
mod identity;
mod index;
mod inputs;
mod job_zone;
mod jobs;
mod output;
mod pay;
mod pay_by_place;
mod profiles;
mod related;
mod skills;
mod states;
mod tasks;
mod time_to_become;
mod titles;

pub use inputs::{load, Inputs};

use crate::sources::OEWS_FILE;
use anyhow::{bail, Result};
use career_schema::*;
use demographics::CpsMatches;
use states::States;
use std::collections::{BTreeMap, BTreeSet};

pub const SRC_OEWS: &str = "oews-2025";
pub const SRC_EP: &str = "ep-2024-34";
pub const SRC_EDU: &str = "ep-education-2018-19";
pub const SRC_CPS: &str = "cps-2025";
pub const SRC_CENSUS: &str = "census-crosswalk-2018";
pub const SRC_NEM: &str = "ep-nem-acs-crosswalk-2019";
pub const SRC_ONET: &str = "onet-29.2";

/// The 12 codes OEWS and EP publish in place of their detailed members.
pub const AGGREGATES: [&str; 12] = [
    "13-1020", "13-2020", "21-1018", "25-2052", "25-9045", "29-2010", "31-1120", "39-7010",
    "47-4090", "51-2028", "51-2090", "53-1047",
];

/// Counts printed after a run.
#[derive(Default, Debug)]
pub struct Coverage {
    pub occupations: usize,
    pub description: usize,
    pub aliases: usize,
    pub pay: usize,
    pub hourly: usize,
    pub growth: usize,
    pub entry: usize,
    pub attainment: usize,
    pub job_zone: usize,
    pub time_to_become: usize,
    pub demographics: usize,
    pub skills_rated: usize,
    pub knowledge_rated: usize,
    pub technologies: usize,
    pub work_styles: usize,
    pub tools: usize,
    pub tasks: usize,
    pub related: usize,
    pub interests: usize,
    pub work_values: usize,
    pub state_pay: usize,
    pub top_state: usize,
    pub top_metro: usize,
    pub top_industry: usize,
    pub areas: usize,
    pub area_cells: usize,
}

pub struct Dataset {
    /// Relative path → bytes, e.g. "professions/13-2072.json".
    pub files: BTreeMap<String, Vec<u8>>,
    pub coverage: Coverage,
}

/// A profession's `missing`: the reason for each absent figure, keyed by `FieldKey` text.
#[derive(Default)]
pub struct Missing(TextMap<String>);

impl Missing {
    pub fn add(&mut self, key: FieldKey, why: &str) {
        self.0.insert(key.as_str().to_string(), why.to_string());
    }
}

fn hyphen(oews: &str) -> String {
    format!("{}-{}", &oews[..2], &oews[2..])
}

fn round_to(v: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (v * m).round() / m
}

/// What every profession is built against, worked out once per build.
struct Context<'a> {
    inp: &'a Inputs,
    /// Every OEWS occupation code ("13-2072").
    oews_codes: BTreeSet<String>,
    states: States,
    cps: CpsMatches,
}

pub fn build(inp: &Inputs) -> Result<Dataset> {
    let codes: Vec<(String, String)> = inp
        .oews
        .occupations
        .iter()
        .map(|(c, t)| (hyphen(c), t.clone()))
        .collect();
    let oews_codes: BTreeSet<String> = codes.iter().map(|(c, _)| c.clone()).collect();
    for a in AGGREGATES {
        if !oews_codes.contains(a) {
            bail!("{OEWS_FILE}: expected the aggregate occupation {a}");
        }
    }
    let ctx = Context {
        inp,
        states: states::states(&inp.oews)?,
        cps: CpsMatches::new(codes.iter().map(|(c, _)| c.as_str()), inp),
        oews_codes,
    };
    let (mut summaries, slugs) = identity::summaries(&codes);

    let mut cov = Coverage::default();
    let mut files = BTreeMap::new();
    let mut titles = TitleIndex::new(SCHEMA_VERSION, SRC_ONET);
    let mut profs = Vec::with_capacity(summaries.len());
    for (s, slug) in summaries.iter_mut().zip(&slugs) {
        let (prof, t) = profession(&ctx, s, slug, &mut cov)?;
        // the index repeats it so the search ranks by it before any profession file loads
        s.employment = prof.jobs.as_ref().and_then(|j| j.employment);
        if !t.is_empty() {
            cov.aliases += 1;
            titles.push(prof.code.clone(), &t.alternate, &t.reported);
            for (title, alternate, reported) in &t.detailed {
                titles.push_detailed(title, alternate, reported);
            }
        }
        profs.push(prof);
    }
    // Related occupations carry the figures of other professions, so they come once all exist.
    let of = related::ProfessionOf::new(&profs);
    let related: Vec<Result<Related, &str>> = profs
        .iter()
        .map(|p| related::related(p, &inp.onet_work, &of, &mut cov))
        .collect();
    for (mut prof, rel) in profs.into_iter().zip(related) {
        match rel {
            Ok(r) => prof.related = Some(r),
            Err(why) => {
                prof.missing
                    .insert(FieldKey::Related.as_str().to_string(), why.to_string());
            }
        }
        files.insert(
            profession_file(&prof.code),
            output::profession_bytes(&prof)?,
        );
    }

    let (area_index, area_files) = areas::areas(&inp.oews, &ctx.states, &ctx.oews_codes, &mut cov)?;
    let definitions = profiles::definitions(&inp.onet_work);
    let area_count = area_index.areas.len() as u64;
    let index = index::index(
        &inp.oews.release,
        ctx.states.list,
        area_count,
        summaries,
        definitions,
    );
    output::index_and_titles(&index, &titles, &mut files)?;
    output::areas(&area_index, &area_files, &index, &mut files)?;
    output::schemas(&mut files)?;
    Ok(Dataset {
        files,
        coverage: cov,
    })
}

/// One profession file, part by part, and its titles.
fn profession(
    ctx: &Context,
    s: &ProfessionSummary,
    slug: &str,
    cov: &mut Coverage,
) -> Result<(Profession, titles::Titles)> {
    let (inp, onet) = (ctx.inp, &ctx.inp.onet);
    let code = s.code.as_str();
    let mut m = Missing::default();
    cov.occupations += 1;

    let members = identity::onet_members(code, &ctx.oews_codes, onet);
    let description = identity::description(code, &members, onet, &mut m, cov);
    let pay = pay::pay(code, &inp.oews, &mut m, cov)?;
    let nat_emp = pay.national.employment;
    let pay_by_place =
        pay_by_place::pay_by_place(code, nat_emp, &inp.oews, &ctx.states, &mut m, cov)?;
    let ep = inp.ep.get(code);
    let jobs = jobs::jobs(nat_emp, ep, &mut m, cov);
    let entry = jobs::entry(ep, &mut m, cov);
    let attainment = attainment::attainment(code, &s.title, &ctx.oews_codes, inp, &mut m, cov);
    let zone = job_zone::zone(code, &members, onet);
    let job_zone = job_zone::job_zone(zone, onet, &mut m, cov)?;
    let time = time_to_become::time_to_become(code, entry.as_ref(), zone, &mut m, cov)?;
    let demographics = demographics::demographics(code, &ctx.cps, inp, &mut m, cov);
    let work = &inp.onet_work;
    let skills = skills::skills(code, &members, onet, work, &mut m, cov);
    let tasks = tasks::tasks(&members, onet, work, &mut m, cov);
    let (interests, work_values) = profiles::profiles(&members, onet, work, &mut m, cov);
    let titles = titles::titles(&s.title, &members, onet);

    let prof = Profession {
        schema_version: SCHEMA_VERSION,
        code: code.to_string(),
        title: s.title.clone(),
        slug: slug.to_string(),
        onet_codes: members,
        description_source: description.as_ref().map(|_| SRC_ONET.into()),
        description,
        pay: Some(pay),
        pay_by_place: Some(pay_by_place),
        jobs: Some(jobs),
        entry,
        attainment,
        job_zone,
        time_to_become: time,
        demographics,
        skills: Some(skills),
        tasks,
        // filled by `build` once every profession exists
        related: None,
        interests,
        work_values,
        extras: Extras::default(),
        missing: m.0,
    };
    Ok((prof, titles))
}
