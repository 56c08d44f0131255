//! Cohort's HTTP integration suite: every test runs once on SQLite and once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a test fails loudly where it unwraps")]

mod support;

mod access;
mod accounts;
mod applications;
mod audit;
mod cli;
mod concurrency;
mod console;
mod console_settings;
mod e2e;
mod github;
mod hiring;
mod http_basics;
mod internship;
mod interviews;
mod mail;
mod members;
mod offers;
mod openapi;
mod pages;
mod passwords;
mod pipeline;
mod privacy;
mod reports;
mod talent;
mod tokens;
mod visitor;
mod web;
mod webdriver;
mod webhooks;
