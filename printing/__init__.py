"""Printing a finished PDF on a printer through Qt: shared by the window's 打印 and `report … --print`."""
