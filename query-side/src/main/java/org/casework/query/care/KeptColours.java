package org.casework.query.care;

import java.time.LocalDate;

/** A read model whose files keep their colour (client files, family files). */
public interface KeptColours {

    /**
     * Colours anew at most {@code batch} files whose kept colour does not hold on {@code today} (its day has come,
     * or it was never kept), skipping files a projection is changing at the moment; how many it coloured.
     */
    int recolourDue(LocalDate today, int batch);
}
