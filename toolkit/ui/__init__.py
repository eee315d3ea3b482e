"""Explorers for JupyterLab and Voila (ipywidgets): one module per explorer (tone, actors,
timeline, coding, loader, overview) over a shared base; they only compose library functions."""
