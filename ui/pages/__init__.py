"""The window's pages and panes: the task list and editor, 会议录入, 统计, 问题清单, the start panel."""
