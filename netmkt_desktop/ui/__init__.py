"""Widgets of NetMkt Desktop."""
