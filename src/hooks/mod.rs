//! Custom hooks: loading the dataset files ([`use_dataset`]) and keeping the page URL in step
//! with the selection ([`use_share_link`]).

mod use_dataset;
mod use_share_link;

pub use use_dataset::{timeout_for, use_dataset};
pub use use_share_link::use_share_link;
