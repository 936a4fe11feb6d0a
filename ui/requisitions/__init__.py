"""Requisitions (岗位需求): the list, the form, the approval inbox and the trail."""
