/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"


#include "lc-person-contact-group.h"
#include "lc-person-contact.h"

/*
 * The person editor's contact rows: email, phone and the language for
 * correspondence. The email and phone are checked as they are typed by the
 * rules of lc-person-contact.c, the problem said in words under the rows,
 * and the editor saves nothing while either is wrong. They are written
 * left to right whatever the interface's language, as they are dialled and
 * addressed.
 */

struct _LcPersonContactGroup
{
  GtkBox        parent_instance;

  AdwEntryRow  *email_row;
  AdwEntryRow  *phone_row;
  AdwComboRow  *language_row;
  GtkLabel     *email_problem;
  GtkLabel     *phone_problem;
};

G_DEFINE_FINAL_TYPE (LcPersonContactGroup, lc_person_contact_group, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The combo row's order. */
static const char *const languages[] = { "", "ar", "en" };

static char *
trimmed_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Only the text runs left to right: the row's title stays at the start of
 * the interface's direction. */
static void
set_text_left_to_right (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TEXT (child))
        gtk_widget_set_direction (child, GTK_TEXT_DIR_LTR);
      else
        set_text_left_to_right (child);
    }
}

/* Shows @check's complaint about @row's text under the rows, or hides it. */
static gboolean
check_row (AdwEntryRow  *row,
           GtkLabel     *problem,
           gboolean    (*check) (const char *, GError **))
{
  g_autofree char *text = trimmed_text (row);
  g_autoptr(GError) error = NULL;
  gboolean valid = check (text, &error);

  gtk_label_set_text (problem, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (problem), !valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return valid;
}

static void
on_row_changed_cb (GtkEditable          *editable,
                   LcPersonContactGroup *self)
{
  if (editable == GTK_EDITABLE (self->email_row))
    check_row (self->email_row, self->email_problem, lc_person_check_email);
  else
    check_row (self->phone_row, self->phone_problem, lc_person_check_phone);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_language_selected_cb (AdwComboRow          *row,
                         GParamSpec           *pspec,
                         LcPersonContactGroup *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
lc_person_contact_group_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LC_TYPE_PERSON_CONTACT_GROUP);

  G_OBJECT_CLASS (lc_person_contact_group_parent_class)->dispose (object);
}

static void
lc_person_contact_group_class_init (LcPersonContactGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_person_contact_group_dispose;

  /**
   * LcPersonContactGroup::changed:
   * @group: the group
   *
   * A row was edited; ask lc_person_contact_group_is_valid () again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/people/lc-person-contact-group.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPersonContactGroup, email_row);
  gtk_widget_class_bind_template_child (widget_class, LcPersonContactGroup, phone_row);
  gtk_widget_class_bind_template_child (widget_class, LcPersonContactGroup, language_row);
  gtk_widget_class_bind_template_child (widget_class, LcPersonContactGroup, email_problem);
  gtk_widget_class_bind_template_child (widget_class, LcPersonContactGroup, phone_problem);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_selected_cb);
}

static void
lc_person_contact_group_init (LcPersonContactGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_text_left_to_right (GTK_WIDGET (self->email_row));
  set_text_left_to_right (GTK_WIDGET (self->phone_row));
}

/**
 * lc_person_contact_group_load:
 * @self: a contact group
 * @person: the person whose details the rows show
 */
void
lc_person_contact_group_load (LcPersonContactGroup *self,
                              LcPerson             *person)
{
  const char *language;

  g_return_if_fail (LC_IS_PERSON_CONTACT_GROUP (self));
  g_return_if_fail (LC_IS_PERSON (person));

  gtk_editable_set_text (GTK_EDITABLE (self->email_row), lc_person_get_email (person));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), lc_person_get_phone (person));
  language = lc_person_get_language (person);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], language))
      adw_combo_row_set_selected (self->language_row, i);
}

/**
 * lc_person_contact_group_save:
 * @self: a contact group
 * @person: a copy of the person, which takes the rows' values
 *
 * Call only when lc_person_contact_group_is_valid (): the phone is stored
 * with ASCII digits.
 */
void
lc_person_contact_group_save (LcPersonContactGroup *self,
                              LcPerson             *person)
{
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *phone_text = NULL;
  guint language;

  g_return_if_fail (LC_IS_PERSON_CONTACT_GROUP (self));
  g_return_if_fail (LC_IS_PERSON (person));

  email = trimmed_text (self->email_row);
  phone_text = trimmed_text (self->phone_row);
  phone = lc_person_normalize_phone (phone_text);
  language = adw_combo_row_get_selected (self->language_row);
  lc_person_set_email (person, email);
  lc_person_set_phone (person, phone);
  lc_person_set_language (person, language < G_N_ELEMENTS (languages) ? languages[language] : "");
}

/**
 * lc_person_contact_group_is_valid:
 * @self: a contact group
 *
 * Returns: whether the email and phone may be stored (each empty or right)
 */
gboolean
lc_person_contact_group_is_valid (LcPersonContactGroup *self)
{
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;

  g_return_val_if_fail (LC_IS_PERSON_CONTACT_GROUP (self), FALSE);

  email = trimmed_text (self->email_row);
  phone = trimmed_text (self->phone_row);
  return lc_person_check_email (email, NULL) && lc_person_check_phone (phone, NULL);
}
