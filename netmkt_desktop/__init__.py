"""NetMkt Desktop (网络营销岗位学习助手): an offline study companion for "认识网络营销岗位"."""

__version__ = "0.1.0"
APP_NAME = "netmkt-desktop"
APP_DISPLAY_NAME = "网络营销岗位学习助手"
