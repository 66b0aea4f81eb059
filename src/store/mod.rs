//! Persistence adapter for the browser (localStorage through gloo-storage).
