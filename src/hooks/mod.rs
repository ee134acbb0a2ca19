//! Custom hooks: loading the dataset files ([`use_dataset`]), keeping the page URL in step
//! with the selection ([`use_share_link`]) and telling the host what is on screen
//! ([`use_host_events`]).

mod use_dataset;
mod use_host_events;
mod use_share_link;

pub use use_dataset::{timeout_for, use_dataset};
pub use use_host_events::{use_host_events, HostEvents, Shown};
pub use use_share_link::use_share_link;
