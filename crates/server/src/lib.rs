//! Cohort's server: the HTTP API, the CLI's commands and the services both use.

pub mod api;
pub mod app;
pub mod archive;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod markdown;
pub mod resume;
pub mod services;
pub mod state;
pub mod telemetry;
pub mod web;
