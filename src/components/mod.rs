//! The widget's components, one per file.

pub mod compared_view;
pub mod comparison_table;
pub mod error_panel;
pub mod growth_bars;
pub mod loading_skeleton;
pub mod markup;
pub mod paired_bars;
pub mod place_picker;
pub mod profile_bars;
pub mod profession_picker;
pub mod salary_range_chart;
pub mod share_bars;
pub mod source_list;
pub mod stacked_bars;
pub mod suggested_pairs;
