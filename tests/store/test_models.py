"""The ``foo_id`` annotations in ``store/models.py`` (there for the type checker) name the
accessors peewee really makes, with the right nullability, and none is missing."""

from __future__ import annotations

from peewee import ForeignKeyField, ObjectIdAccessor

from receptionist.store.models import ALL_MODELS


def _foreign_keys():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, ForeignKeyField):
                yield model, field


def test_every_foreign_key_has_its_id_annotation():
    for model, field in _foreign_keys():
        expected = "int | None" if field.null else "int"
        name = field.object_id_name
        assert model.__annotations__.get(name) == expected, f"{model.__name__}.{name}"
        # ... and it is the accessor peewee made for that field (the column's value).
        accessor = model.__dict__[name]
        assert isinstance(accessor, ObjectIdAccessor) and accessor.field is field


def test_every_id_annotation_belongs_to_a_foreign_key():
    accessors = {(model, field.object_id_name) for model, field in _foreign_keys()}
    for model in ALL_MODELS:
        for name in model.__dict__.get("__annotations__", {}):
            assert (model, name) in accessors, f"{model.__name__}.{name} is no foreign key's"
