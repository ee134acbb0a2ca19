//! Host timing of the dataset decoders (min of many runs), for comparison with node's JSON.parse.
use std::time::{Duration, Instant};
fn min_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n).map(|_| { let t = Instant::now(); f(); t.elapsed() }).min().unwrap()
}
fn main() {
    let index = std::fs::read("data/index.json").unwrap();
    let titles = std::fs::read("data/titles.json").unwrap();
    let prof = std::fs::read("data/professions/13-2072.json").unwrap();
    let ix = career_schema::decode_index(&index).unwrap();
    println!("index full {:?}", min_of(200, || { career_schema::decode_index(&index).unwrap(); }));
    println!("index serde {:?}", min_of(200, || { serde_json::from_slice::<career_schema::DatasetIndex>(&index).unwrap(); }));
    println!("index value {:?}", min_of(200, || { serde_json::from_slice::<serde_json::Value>(&index).unwrap(); }));
    println!("prof full {:?}", min_of(500, || { career_schema::decode_profession("13-2072", &prof).unwrap(); }));
    println!("prof serde {:?}", min_of(500, || { serde_json::from_slice::<career_schema::Profession>(&prof).unwrap(); }));
    println!("titles full {:?}", min_of(30, || { career_schema::decode_titles(&titles, &ix).unwrap(); }));
    println!("titles serde {:?}", min_of(30, || { serde_json::from_slice::<career_schema::TitleIndex>(&titles).unwrap(); }));
}
