//! The widget's components, one per file.

pub mod combobox;
pub mod combobox_view;
pub mod compared_view;
pub mod comparison_table;
pub mod error_panel;
pub mod gauges;
pub mod growth_bars;
pub mod loading_skeleton;
pub mod markup;
pub mod meter_bars;
pub mod paired_bars;
pub mod picker;
pub mod salary_range_chart;
pub mod share_actions;
pub mod source_list;
pub mod stacked_bars;
pub mod suggested_pairs;
