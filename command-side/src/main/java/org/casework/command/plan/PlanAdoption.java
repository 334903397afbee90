package org.casework.command.plan;

import java.time.LocalDate;
import java.util.List;

/** A new version of an individual plan, for a client's file or a family's alike. */
public interface PlanAdoption {

    LocalDate validFrom();

    LocalDate reviewDue();

    List<String> goals();
}
